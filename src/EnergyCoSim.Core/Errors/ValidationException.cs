namespace EnergyCoSim.Core.Errors;

/// <summary>Input broke one or more rules; every violation found is listed, not only the first.</summary>
public sealed class ValidationException : EnergyCoSimException
{
    /// <summary>Creates the exception from at least one violation.</summary>
    public ValidationException(IReadOnlyList<FieldViolation> violations, string? subject = null)
        : base(BuildMessage(violations, subject))
    {
        ArgumentOutOfRangeException.ThrowIfZero(violations.Count);
        Violations = violations;
        Subject = subject;
    }

    /// <summary>Creates the exception for a single violation.</summary>
    public ValidationException(string field, object? value, string description)
        : this([new FieldViolation(field, FieldViolation.Render(value), description)])
    {
    }

    /// <summary>All violations, in the order they were found.</summary>
    public IReadOnlyList<FieldViolation> Violations { get; }

    /// <summary>What was validated (a file path, "MarketConfig", ...), if known.</summary>
    public string? Subject { get; }

    /// <inheritdoc />
    public override ErrorCode Code => ErrorCode.Validation;

    private static string BuildMessage(IReadOnlyList<FieldViolation> violations, string? subject)
    {
        var head = subject is null ? "invalid input" : $"invalid {subject}";
        return violations.Count == 1
            ? $"{head}: {violations[0]}"
            : $"{head} ({violations.Count} problems):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", violations);
    }
}
