using System.Globalization;

namespace EnergyCoSim.Core.Units;

/// <summary>Price in currency units (USD) per megawatt-hour.</summary>
public readonly record struct PriceUsdPerMWh(double Value) : IComparable<PriceUsdPerMWh>
{
    /// <summary>Zero.</summary>
    public static PriceUsdPerMWh Zero { get; }

    /// <summary>Absolute value.</summary>
    public PriceUsdPerMWh Abs() => new(Math.Abs(Value));

    /// <summary>The smaller of two values.</summary>
    public static PriceUsdPerMWh Min(PriceUsdPerMWh a, PriceUsdPerMWh b) => a.Value <= b.Value ? a : b;

    /// <summary>The larger of two values.</summary>
    public static PriceUsdPerMWh Max(PriceUsdPerMWh a, PriceUsdPerMWh b) => a.Value >= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(PriceUsdPerMWh other) => Value.CompareTo(other.Value);

    public static PriceUsdPerMWh operator +(PriceUsdPerMWh a, PriceUsdPerMWh b) => new(a.Value + b.Value);

    public static PriceUsdPerMWh operator -(PriceUsdPerMWh a, PriceUsdPerMWh b) => new(a.Value - b.Value);

    public static PriceUsdPerMWh operator -(PriceUsdPerMWh a) => new(-a.Value);

    public static PriceUsdPerMWh operator *(PriceUsdPerMWh a, double factor) => new(a.Value * factor);

    public static PriceUsdPerMWh operator *(double factor, PriceUsdPerMWh a) => new(a.Value * factor);

    public static PriceUsdPerMWh operator /(PriceUsdPerMWh a, double divisor) => new(a.Value / divisor);

    public static double operator /(PriceUsdPerMWh a, PriceUsdPerMWh b) => a.Value / b.Value;

    public static bool operator <(PriceUsdPerMWh a, PriceUsdPerMWh b) => a.Value < b.Value;

    public static bool operator >(PriceUsdPerMWh a, PriceUsdPerMWh b) => a.Value > b.Value;

    public static bool operator <=(PriceUsdPerMWh a, PriceUsdPerMWh b) => a.Value <= b.Value;

    public static bool operator >=(PriceUsdPerMWh a, PriceUsdPerMWh b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("G6", CultureInfo.InvariantCulture) + " $/MWh";
}
