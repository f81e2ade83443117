using System.Globalization;

namespace EnergyCoSim.Core.Units;

/// <summary>An amount of money in currency units (USD).</summary>
public readonly record struct MoneyUsd(double Value) : IComparable<MoneyUsd>
{
    /// <summary>Zero.</summary>
    public static MoneyUsd Zero { get; }

    /// <summary>Absolute value.</summary>
    public MoneyUsd Abs() => new(Math.Abs(Value));

    /// <summary>The smaller of two values.</summary>
    public static MoneyUsd Min(MoneyUsd a, MoneyUsd b) => a.Value <= b.Value ? a : b;

    /// <summary>The larger of two values.</summary>
    public static MoneyUsd Max(MoneyUsd a, MoneyUsd b) => a.Value >= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(MoneyUsd other) => Value.CompareTo(other.Value);

    public static MoneyUsd operator +(MoneyUsd a, MoneyUsd b) => new(a.Value + b.Value);

    public static MoneyUsd operator -(MoneyUsd a, MoneyUsd b) => new(a.Value - b.Value);

    public static MoneyUsd operator -(MoneyUsd a) => new(-a.Value);

    public static MoneyUsd operator *(MoneyUsd a, double factor) => new(a.Value * factor);

    public static MoneyUsd operator *(double factor, MoneyUsd a) => new(a.Value * factor);

    public static MoneyUsd operator /(MoneyUsd a, double divisor) => new(a.Value / divisor);

    public static double operator /(MoneyUsd a, MoneyUsd b) => a.Value / b.Value;

    public static bool operator <(MoneyUsd a, MoneyUsd b) => a.Value < b.Value;

    public static bool operator >(MoneyUsd a, MoneyUsd b) => a.Value > b.Value;

    public static bool operator <=(MoneyUsd a, MoneyUsd b) => a.Value <= b.Value;

    public static bool operator >=(MoneyUsd a, MoneyUsd b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("G6", CultureInfo.InvariantCulture) + " USD";
}
