using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Tests.Analytics;

public sealed class CooperationKpiCalculatorTests
{
    [Fact]
    public void Compute_P2PAndDsoTrades_MatchesHandComputation()
    {
        Order[] orders =
        [
            new("1", "a", new PriceUsdPerMWh(150), new EnergyKWh(20), OrderSide.Buy, 0),
            new("2", "b", new PriceUsdPerMWh(130), new EnergyKWh(5), OrderSide.Buy, 0),
            new("3", "c", new PriceUsdPerMWh(100), new EnergyKWh(10), OrderSide.Sell, 0),
        ];
        Trade[] trades =
        [
            new("a", "c", new PriceUsdPerMWh(125), new EnergyKWh(10), 0, TradeStage.DoubleAuction),
            new("a", "DSO", new PriceUsdPerMWh(200), new EnergyKWh(10), 0, TradeStage.DsoFallback),
            new("b", "DSO", new PriceUsdPerMWh(200), new EnergyKWh(5), 0, TradeStage.DsoFallback),
        ];

        var k = CooperationKpiCalculator.Compute(orders, trades, gridCapacityKW: 100, gridCongestion: 0.3,
            clearingPrices: [150, 170], clearingVolumes: [20, 25, 15], flexibleEnergyKWh: 40);

        Assert.Equal(4.25, k.SocialWelfare, 12);        // (1250 + 2000 + 1000) / 1000
        Assert.Equal(25, k.MarketLiquidity, 12);
        Assert.Equal(40, k.AverageBidAskSpread, 12);    // mean(150, 130) − 100
        Assert.Equal(10, k.PriceVolatility, 12);        // std(150, 170)
        Assert.Equal(0.25, k.SupplyDemandImbalance, 12);
        Assert.Equal(0.75, k.CoordinationScore, 12);
        Assert.Equal(0.3, k.GridCongestion, 12);
        // last three volumes 20, 25, 15: mean 20, std √(50/3) → 1 − std/mean.
        Assert.Equal(1 - (Math.Sqrt(50.0 / 3) / 20), k.CoordinationConvergence, 12);
        Assert.Equal(0.4, k.DerSelfConsumption, 12);    // 10 / 25
        Assert.Equal(0.25, k.FlexibilityUtilization, 12); // 10 / 40
    }

    [Theory]
    [InlineData(30, 10, 5, 0, 25)]   // surplus 20 + discharge 5; deficit side max(0, −20 + 0) = 0
    [InlineData(10, 30, 0, 8, 28)]   // surplus max(0, −20 + 0) = 0; deficit 20 + charge 8
    public void FlexibleEnergy_SurplusOrDeficit_MatchesDefinition(double g, double d, double discharge, double charge, double expected) =>
        Assert.Equal(expected, CooperationKpiCalculator.FlexibleEnergy(g, d, charge, discharge), 12);
}
