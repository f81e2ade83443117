namespace EnergyCoSim.Core.Errors;

/// <summary>A named thing (session, component, variable, scenario, file) does not exist.</summary>
public sealed class NotFoundException : EnergyCoSimException
{
    /// <summary>Creates the exception naming the kind of thing and the key that was looked up.</summary>
    public NotFoundException(string kind, string key, string? hint = null)
        : base(hint is null ? $"{kind} '{key}' not found" : $"{kind} '{key}' not found; {hint}")
    {
        Kind = kind;
        Key = key;
    }

    /// <summary>The kind of thing looked up ("session", "variable", ...).</summary>
    public string Kind { get; }

    /// <summary>The key that was not found.</summary>
    public string Key { get; }

    /// <inheritdoc />
    public override ErrorCode Code => ErrorCode.NotFound;
}
