using System.Globalization;

namespace EnergyCoSim.Core.Units;

/// <summary>Reactive power in kilovolt-ampere reactive.</summary>
public readonly record struct ReactivePowerKVar(double Value) : IComparable<ReactivePowerKVar>
{
    /// <summary>Zero.</summary>
    public static ReactivePowerKVar Zero { get; }

    /// <summary>Absolute value.</summary>
    public ReactivePowerKVar Abs() => new(Math.Abs(Value));

    /// <summary>The smaller of two values.</summary>
    public static ReactivePowerKVar Min(ReactivePowerKVar a, ReactivePowerKVar b) => a.Value <= b.Value ? a : b;

    /// <summary>The larger of two values.</summary>
    public static ReactivePowerKVar Max(ReactivePowerKVar a, ReactivePowerKVar b) => a.Value >= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(ReactivePowerKVar other) => Value.CompareTo(other.Value);

    public static ReactivePowerKVar operator +(ReactivePowerKVar a, ReactivePowerKVar b) => new(a.Value + b.Value);

    public static ReactivePowerKVar operator -(ReactivePowerKVar a, ReactivePowerKVar b) => new(a.Value - b.Value);

    public static ReactivePowerKVar operator -(ReactivePowerKVar a) => new(-a.Value);

    public static ReactivePowerKVar operator *(ReactivePowerKVar a, double factor) => new(a.Value * factor);

    public static ReactivePowerKVar operator *(double factor, ReactivePowerKVar a) => new(a.Value * factor);

    public static ReactivePowerKVar operator /(ReactivePowerKVar a, double divisor) => new(a.Value / divisor);

    public static double operator /(ReactivePowerKVar a, ReactivePowerKVar b) => a.Value / b.Value;

    public static bool operator <(ReactivePowerKVar a, ReactivePowerKVar b) => a.Value < b.Value;

    public static bool operator >(ReactivePowerKVar a, ReactivePowerKVar b) => a.Value > b.Value;

    public static bool operator <=(ReactivePowerKVar a, ReactivePowerKVar b) => a.Value <= b.Value;

    public static bool operator >=(ReactivePowerKVar a, ReactivePowerKVar b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("G6", CultureInfo.InvariantCulture) + " kvar";
}
