using System.Globalization;

namespace EnergyCoSim.Core.Units;

/// <summary>Energy in kilowatt-hours (market quantities are energy per market interval).</summary>
public readonly record struct EnergyKWh(double Value) : IComparable<EnergyKWh>
{
    /// <summary>Zero.</summary>
    public static EnergyKWh Zero { get; }

    /// <summary>Absolute value.</summary>
    public EnergyKWh Abs() => new(Math.Abs(Value));

    /// <summary>The smaller of two values.</summary>
    public static EnergyKWh Min(EnergyKWh a, EnergyKWh b) => a.Value <= b.Value ? a : b;

    /// <summary>The larger of two values.</summary>
    public static EnergyKWh Max(EnergyKWh a, EnergyKWh b) => a.Value >= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(EnergyKWh other) => Value.CompareTo(other.Value);

    public static EnergyKWh operator +(EnergyKWh a, EnergyKWh b) => new(a.Value + b.Value);

    public static EnergyKWh operator -(EnergyKWh a, EnergyKWh b) => new(a.Value - b.Value);

    public static EnergyKWh operator -(EnergyKWh a) => new(-a.Value);

    public static EnergyKWh operator *(EnergyKWh a, double factor) => new(a.Value * factor);

    public static EnergyKWh operator *(double factor, EnergyKWh a) => new(a.Value * factor);

    public static EnergyKWh operator /(EnergyKWh a, double divisor) => new(a.Value / divisor);

    public static double operator /(EnergyKWh a, EnergyKWh b) => a.Value / b.Value;

    public static bool operator <(EnergyKWh a, EnergyKWh b) => a.Value < b.Value;

    public static bool operator >(EnergyKWh a, EnergyKWh b) => a.Value > b.Value;

    public static bool operator <=(EnergyKWh a, EnergyKWh b) => a.Value <= b.Value;

    public static bool operator >=(EnergyKWh a, EnergyKWh b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("G6", CultureInfo.InvariantCulture) + " kWh";
}
