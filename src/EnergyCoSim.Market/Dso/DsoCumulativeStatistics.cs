using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Market.Dso;

/// <summary>DSO totals since the last reset (every DSO trade, stage 1a and 3).</summary>
/// <param name="BuyVolume">Energy the DSO bought from agents.</param>
/// <param name="SellVolume">Energy the DSO sold to agents.</param>
/// <param name="TotalVolume">Buy + sell volume.</param>
/// <param name="GridImport">Sell − buy volume: net energy drawn from the upstream grid.</param>
/// <param name="Profit">Sales at the utility price minus purchases at the feed-in tariff (price·q/1000).</param>
/// <param name="Fees">Network fees collected on P2P trades (may be negative through same-zone bonuses).</param>
public sealed record DsoCumulativeStatistics(EnergyKWh BuyVolume, EnergyKWh SellVolume, EnergyKWh TotalVolume, EnergyKWh GridImport, MoneyUsd Profit, MoneyUsd Fees)
{
    /// <summary>All zero.</summary>
    public static DsoCumulativeStatistics Empty { get; } = new(default, default, default, default, default, default);
}
