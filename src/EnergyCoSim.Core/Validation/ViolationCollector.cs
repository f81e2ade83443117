using System.Globalization;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Core.Validation;

/// <summary>
/// Collects every broken rule of an object graph before throwing, so users see all problems at once.
/// Field names are prefixed with the current scope (<c>agents[3].battery</c> + <c>min_soc</c>).
/// </summary>
public sealed class ViolationCollector
{
    private readonly List<FieldViolation> _violations;
    private readonly string _prefix;

    /// <summary>Creates an empty collector at the root scope.</summary>
    public ViolationCollector()
        : this([], string.Empty)
    {
    }

    private ViolationCollector(List<FieldViolation> violations, string prefix)
    {
        _violations = violations;
        _prefix = prefix;
    }

    /// <summary>All violations found so far, across every scope of this collector.</summary>
    public IReadOnlyList<FieldViolation> Violations => _violations;

    /// <summary>True when at least one rule was broken.</summary>
    public bool HasViolations => _violations.Count > 0;

    /// <summary>A collector that shares this one's list and prefixes fields with <paramref name="scope"/>.</summary>
    public ViolationCollector Scope(string scope) => new(_violations, Path(scope));

    /// <summary>A collector for element <paramref name="index"/> of the list field <paramref name="listField"/>.</summary>
    public ViolationCollector Scope(string listField, int index) =>
        new(_violations, Path(listField) + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    /// <summary>The full path of <paramref name="field"/> in this scope.</summary>
    public string Path(string field) => _prefix.Length == 0 ? field : field.Length == 0 ? _prefix : _prefix + "." + field;

    /// <summary>Records a violation unconditionally.</summary>
    public void Add(string field, object? value, string description) =>
        _violations.Add(new FieldViolation(Path(field), FieldViolation.Render(value), description));

    /// <summary>Records a violation when <paramref name="condition"/> is false. Returns the condition.</summary>
    public bool Require(bool condition, string field, object? value, string description)
    {
        if (!condition)
        {
            Add(field, value, description);
        }

        return condition;
    }

    /// <summary>Requires a finite number (not NaN or ±∞).</summary>
    public bool Finite(string field, double value) => Require(double.IsFinite(value), field, value, "must be a finite number");

    /// <summary>Requires <paramref name="min"/> ≤ value ≤ <paramref name="max"/> (and finite).</summary>
    public bool InRange(string field, double value, double min, double max) =>
        Finite(field, value) && Require(value >= min && value <= max, field, value, $"is outside [{Fmt(min)}, {Fmt(max)}]");

    /// <summary>Requires value ≥ <paramref name="min"/> (and finite).</summary>
    public bool AtLeast(string field, double value, double min) =>
        Finite(field, value) && Require(value >= min, field, value, $"must be ≥ {Fmt(min)}");

    /// <summary>Requires value &gt; <paramref name="min"/> (and finite).</summary>
    public bool GreaterThan(string field, double value, double min) =>
        Finite(field, value) && Require(value > min, field, value, $"must be > {Fmt(min)}");

    /// <summary>Requires an integer within [min, max].</summary>
    public bool InRange(string field, long value, long min, long max) =>
        Require(value >= min && value <= max, field, value, $"is outside [{min}, {max}]");

    /// <summary>Requires a non-empty string.</summary>
    public bool NotEmpty(string field, string? value) =>
        Require(!string.IsNullOrWhiteSpace(value), field, value, "must not be empty");

    /// <summary>Throws a <see cref="ValidationException"/> listing every violation, if any.</summary>
    public void ThrowIfAny(string? subject = null)
    {
        if (_violations.Count > 0)
        {
            throw new ValidationException(_violations.ToArray(), subject);
        }
    }

    private static string Fmt(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
