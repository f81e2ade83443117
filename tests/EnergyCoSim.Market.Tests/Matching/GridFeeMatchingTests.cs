using EnergyCoSim.Core.Errors;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Settlement;
using static EnergyCoSim.Market.Tests.TestSupport.MarketFixtures;

namespace EnergyCoSim.Market.Tests.Matching;

/// <summary>
/// The DSO's grid fee on a P2P pair (set by the coupled grid operator): buy a 10 kWh at 150, sell b 10 kWh at 100,
/// average price 125 USD/MWh, FIT 40, UP 180, fee split 50/50.
/// </summary>
public sealed class GridFeeMatchingTests
{
    [Fact]
    public void MatchOrders_FeeBelowTheSpread_TradesAndChargesFeeTimesQuantity()
    {
        var dso = NewDso(40, 180);
        dso.SetGridFees(new Dictionary<string, double> { ["b"] = 30 });

        var result = Matcher(dso).MatchOrders(0, [Buy("a", 150, 10), Sell("b", 100, 10)]);
        var settlement = SettlementCalculator.Settle(result.Trades, dso.Id, 0.5);

        // 30 USD/MWh · 10 kWh / 1000 = 0.30 USD; buyer pays 1.25 + 0.15, seller receives 1.25 − 0.15.
        var trade = Assert.Single(result.Trades);
        Assert.Equal(0.30, trade.Fees.Value, 12);
        Assert.Equal(10, result.P2PVolume.Value);
        Assert.Equal(-1.40, settlement.For("a").Cash.Value, 12);
        Assert.Equal(1.10, settlement.For("b").Cash.Value, 12);
    }

    [Fact]
    public void MatchOrders_FeeAboveTheSpread_PairFallsToTheDso()
    {
        var dso = NewDso(40, 180);
        dso.SetGridFees(new Dictionary<string, double> { ["a"] = 60 });

        var result = Matcher(dso).MatchOrders(0, [Buy("a", 150, 10), Sell("b", 100, 10)]);
        var settlement = SettlementCalculator.Settle(result.Trades, dso.Id, 0.5);

        // Spread 50 < fee 60: no P2P trade; b sells 10 kWh at FIT (0.40 USD), a buys 10 kWh at UP (1.80 USD).
        Assert.Equal(0, result.P2PVolume.Value);
        Assert.Equal(20, result.DsoTotalVolume.Value);
        Assert.All(result.Trades, t => Assert.Equal(TradeStage.DsoFallback, t.Stage));
        Assert.Equal(-1.80, settlement.For("a").Cash.Value, 12);
        Assert.Equal(0.40, settlement.For("b").Cash.Value, 12);
    }

    [Fact]
    public void GridFeeRate_TwoFeedAgents_IsTheHigherAndResetClearsIt()
    {
        var dso = NewDso(40, 180);
        dso.SetGridFees(new Dictionary<string, double> { ["a"] = 5, ["b"] = 12 });

        Assert.Equal(12, dso.GridFeeRate("a", "b"));
        Assert.Equal(5, dso.GridFeeRate("a", "c"));
        dso.Reset();
        Assert.Equal(0, dso.GridFeeRate("a", "b"));
    }

    [Fact]
    public void SetGridFees_Negative_IsRefusedNamingTheAgent()
    {
        var ex = Assert.Throws<ValidationException>(() => NewDso(40, 180).SetGridFees(new Dictionary<string, double> { ["b"] = -1 }));

        Assert.Contains(ex.Violations, v => v.Field == "grid_fees.b");
    }
}
