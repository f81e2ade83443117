using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Tests.Analytics;

/// <summary>A two-step history small enough to compute every metric by hand.</summary>
internal static class AnalyticsTestData
{
    public const double Capacity = 100;

    // Step 0: one P2P trade 10 kWh @ 100, DSO sells 10 kWh @ 200 → ratio 0.5, balance +10.
    // Step 1: one P2P trade 30 kWh @ 120 → ratio 1, balance 0.
    public static IReadOnlyList<MarketStepRecord> TwoSteps() =>
    [
        new MarketStepRecord
        {
            Step = 0, ClearingPrice = 150, ClearingVolume = 20, P2PVolume = 10, DsoBuyVolume = 0, DsoSellVolume = 10,
            GridBalance = 10, GridCongestion = 0.2, FeedInTariff = 50, UtilityPrice = 200, LocalPriceAverage = 100, LocalPriceAdvantage = 25,
            Trades =
            [
                new Trade("b", "s", new PriceUsdPerMWh(100), new EnergyKWh(10), 0.1, TradeStage.DoubleAuction, 2, new EnergyKWh(0.6)),
                new Trade("b", MarketParticipants.DsoId, new PriceUsdPerMWh(200), new EnergyKWh(10), 0.1, TradeStage.DsoFallback),
            ],
        },
        new MarketStepRecord
        {
            Step = 1, ClearingPrice = 120, ClearingVolume = 30, P2PVolume = 30, DsoBuyVolume = 0, DsoSellVolume = 0,
            GridBalance = 0, GridCongestion = 0.4, FeedInTariff = 50, UtilityPrice = 200, LocalPriceAverage = 120, LocalPriceAdvantage = 5,
            Trades = [new Trade("b", "s", new PriceUsdPerMWh(120), new EnergyKWh(30), 0.6, TradeStage.DoubleAuction, 2, new EnergyKWh(1.8))],
        },
    ];
}
