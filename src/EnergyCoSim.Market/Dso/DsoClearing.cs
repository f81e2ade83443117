using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Dso;

/// <summary>Outcome of one DSO fallback clearing (spec §4.2).</summary>
/// <param name="Trades">Sells first (DSO buys at FIT), then buys (DSO sells at UP).</param>
/// <param name="BuyVolume">Energy the DSO bought.</param>
/// <param name="SellVolume">Energy the DSO sold.</param>
/// <param name="GridImport">Sell − buy volume.</param>
/// <param name="Profit">SellVolume·UP − BuyVolume·FIT, in USD.</param>
public sealed record DsoClearing(IReadOnlyList<Trade> Trades, EnergyKWh BuyVolume, EnergyKWh SellVolume, EnergyKWh GridImport, MoneyUsd Profit)
{
    /// <summary>Buy + sell volume.</summary>
    public EnergyKWh TotalVolume => BuyVolume + SellVolume;
}
