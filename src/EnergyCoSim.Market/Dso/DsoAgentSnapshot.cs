using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Market.Dso;

/// <summary>The mutable state of a <see cref="DsoAgent"/> (tariffs and settings are immutable and not part of it; per-interval tariff overrides are, NaN = none).</summary>
public sealed record DsoAgentSnapshot(
    EnergyKWh Balance,
    double CongestionLevel,
    double EffectiveCongestionThreshold,
    double BuyVolume,
    double SellVolume,
    double Profit,
    double Fees,
    bool PricesWidened,
    double[]? FeedInOverrides = null,
    double[]? UtilityOverrides = null);
