using System.Globalization;

namespace EnergyCoSim.Core.Units;

/// <summary>Active power in kilowatts.</summary>
public readonly record struct PowerKW(double Value) : IComparable<PowerKW>
{
    /// <summary>Zero.</summary>
    public static PowerKW Zero { get; }

    /// <summary>Absolute value.</summary>
    public PowerKW Abs() => new(Math.Abs(Value));

    /// <summary>The smaller of two values.</summary>
    public static PowerKW Min(PowerKW a, PowerKW b) => a.Value <= b.Value ? a : b;

    /// <summary>The larger of two values.</summary>
    public static PowerKW Max(PowerKW a, PowerKW b) => a.Value >= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(PowerKW other) => Value.CompareTo(other.Value);

    public static PowerKW operator +(PowerKW a, PowerKW b) => new(a.Value + b.Value);

    public static PowerKW operator -(PowerKW a, PowerKW b) => new(a.Value - b.Value);

    public static PowerKW operator -(PowerKW a) => new(-a.Value);

    public static PowerKW operator *(PowerKW a, double factor) => new(a.Value * factor);

    public static PowerKW operator *(double factor, PowerKW a) => new(a.Value * factor);

    public static PowerKW operator /(PowerKW a, double divisor) => new(a.Value / divisor);

    public static double operator /(PowerKW a, PowerKW b) => a.Value / b.Value;

    public static bool operator <(PowerKW a, PowerKW b) => a.Value < b.Value;

    public static bool operator >(PowerKW a, PowerKW b) => a.Value > b.Value;

    public static bool operator <=(PowerKW a, PowerKW b) => a.Value <= b.Value;

    public static bool operator >=(PowerKW a, PowerKW b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("G6", CultureInfo.InvariantCulture) + " kW";
}
