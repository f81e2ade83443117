using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Core.Units;

/// <summary>Conversions between the unit types that involve a price or a time span.</summary>
public static class UnitConversions
{
    /// <summary>Value of <paramref name="energy"/> at <paramref name="price"/>: price · energy / 1000 (kWh at $/MWh).</summary>
    public static MoneyUsd ValueOf(this PriceUsdPerMWh price, EnergyKWh energy) => new(price.Value * energy.Value / 1000.0);

    /// <summary>Average power that delivers <paramref name="energy"/> over <paramref name="hours"/> hours.</summary>
    public static PowerKW OverHours(this EnergyKWh energy, double hours) => new(energy.Value / hours);

    /// <summary>Energy delivered by <paramref name="power"/> during <paramref name="hours"/> hours.</summary>
    public static EnergyKWh ForHours(this PowerKW power, double hours) => new(power.Value * hours);

    /// <summary>Energy delivered by <paramref name="power"/> during <paramref name="duration"/>.</summary>
    public static EnergyKWh For(this PowerKW power, SimulationDuration duration, TimeResolution resolution) =>
        new(power.Value * duration.ToHours(resolution));

    /// <summary>Average power that delivers <paramref name="energy"/> during <paramref name="duration"/>.</summary>
    public static PowerKW Over(this EnergyKWh energy, SimulationDuration duration, TimeResolution resolution) =>
        new(energy.Value / duration.ToHours(resolution));
}
