using System.Globalization;

namespace EnergyCoSim.Core.Errors;

/// <summary>One broken rule: the field path (e.g. <c>agents[3].battery.min_soc</c>), the offending value and what is allowed.</summary>
/// <param name="Field">Dotted path of the field, with list indices in brackets.</param>
/// <param name="Value">The value as the user wrote it (rendered invariantly), or null when the field is missing.</param>
/// <param name="Description">What is wrong, ideally naming the allowed range (e.g. "is outside [0, 1]").</param>
public sealed record FieldViolation(string Field, string? Value, string Description)
{
    /// <summary>Renders a value the same way on every machine.</summary>
    public static string? Render(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <inheritdoc />
    public override string ToString() => Value is null ? $"{Field}: {Description}" : $"{Field}: {Value} {Description}";
}
