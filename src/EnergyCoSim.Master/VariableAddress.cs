using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Master;

/// <summary>A variable of a named component, written <c>component.variable</c> (the variable name may itself contain dots).</summary>
/// <param name="Component">Instance name of the component.</param>
/// <param name="Variable">Variable name within the component.</param>
public readonly record struct VariableAddress(string Component, string Variable)
{
    /// <summary>Parses <c>component.variable</c>, splitting at the first dot.</summary>
    public static VariableAddress Parse(string text)
    {
        var dot = string.IsNullOrEmpty(text) ? -1 : text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == text.Length - 1)
        {
            throw new ValidationException("variable", text, "must be written component.variable");
        }

        return new VariableAddress(text[..dot], text[(dot + 1)..]);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Component}.{Variable}";
}
