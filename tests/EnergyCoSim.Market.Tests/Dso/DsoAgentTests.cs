using EnergyCoSim.Core.Units;
using EnergyCoSim.Grid.Topology;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Tests.TestSupport;
using static EnergyCoSim.Market.Tests.TestSupport.MarketFixtures;

namespace EnergyCoSim.Market.Tests.Dso;

public sealed class DsoAgentTests
{
    [Fact]
    public void ClearUnmatched_SpecCase_SellsFirstThenBuysAndAccumulatesStatistics()
    {
        var dso = NewDso(fit: 70, up: 280, steps: 11);

        var clearing = dso.ClearUnmatched(10, [Buy("a", 300, 60), Buy("b", 300, 40)], [Sell("c", 10, 70)]);

        Assert.Equal(["c", "a", "b"], clearing.Trades.Select(t => t.BuyerId == MarketParticipants.DsoId ? t.SellerId : t.BuyerId));
        Assert.Equal(70, clearing.BuyVolume.Value);
        Assert.Equal(100, clearing.SellVolume.Value);
        Assert.Equal(170, clearing.TotalVolume.Value);
        Assert.Equal(30, clearing.GridImport.Value);

        // 100 kWh at 280 $/MWh − 70 kWh at 70 $/MWh = 28 − 4.9 USD (MARLEM's 15.70 used its own test profile at step 10).
        Assert.Equal(23.1, clearing.Profit.Value, 10);
        Assert.Equal(170, dso.Cumulative.TotalVolume.Value);
        Assert.Equal(30, dso.Cumulative.GridImport.Value);
        Assert.Equal(23.1, dso.Cumulative.Profit.Value, 10);
        Assert.All(clearing.Trades, t => Assert.Equal(TradeStage.DsoFallback, t.Stage));
    }

    [Fact]
    public void CalculateFees_SpecCase800To830_Is3_3293()
    {
        // Distance 9.071 km (IEEE34), zones differ, path loading 0.27675, 50 kWh at 225 $/MWh → V = 11.25 USD:
        // voltage 0.2·V = 2.25, thermal (0.07675/0.8)·V = 1.0793.
        var dso = NewDso(80, 250, ScriptedTopology.Ieee34(congestion: 0.27675));

        var fees = dso.CalculateFees(Buy("a", 250, 50, "830"), Sell("b", 200, 50, "800"), new PriceUsdPerMWh(225), new EnergyKWh(50));

        Assert.Equal(3.3293, fees.Value, 4);
    }

    [Fact]
    public void CalculateFees_SameZoneShortHop_GivesTheZoneBonusOnly()
    {
        // 800–802 is 0.486 km: voltage drop 0.0729 > 0.05 → 0.0729·V; same zone → −0.15·V. V = 200·10/1000 = 2.
        var dso = NewDso(80, 250, ScriptedTopology.Ieee34(congestion: 0.1));

        var fees = dso.CalculateFees(Buy("a", 250, 10, "802"), Sell("b", 200, 10, "800"), new PriceUsdPerMWh(200), new EnergyKWh(10));

        Assert.Equal((0.0729 - 0.15) * 2, fees.Value, 12);
    }

    [Fact]
    public void CalculateFees_InterventionFeeMultiplier_ScalesCongestionAndThermalFees()
    {
        // No nodes → mean congestion 0.9: congestion 0.5·0.1·V + thermal 0.3·V = 0.35·V; doubled = 0.7·V, V = 100·10/1000 = 1.
        var topology = ScriptedTopology.Ieee34(congestion: 0.9);
        var plain = NewDso(80, 250, topology);
        var strict = NewDso(80, 250, topology, new DsoInterventionSettings(feeMultiplier: 2));

        Assert.Equal(0.35, plain.CalculateFees(Buy("a", 100, 10), Sell("b", 100, 10), new(100), new(10)).Value, 12);
        Assert.Equal(0.70, strict.CalculateFees(Buy("a", 100, 10), Sell("b", 100, 10), new(100), new(10)).Value, 12);
    }

    [Fact]
    public void ValidateGridConstraints_FreshFeeder_AcceptsACompatiblePair()
    {
        var dso = NewDso(80, 250, new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: 1500, seed: 42));

        Assert.True(dso.ValidateGridConstraints(Buy("a", 250, 50, "830"), Sell("b", 200, 50, "800")));
    }

    [Fact]
    public void ValidateGridConstraints_BalanceAtCapacityMinusForty_RejectsFiftyKWh()
    {
        var dso = NewDso(80, 250, new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: 1500, seed: 42));
        dso.Balance = new EnergyKWh(1500 - 40);

        Assert.False(dso.ValidateGridConstraints(Buy("a", 250, 50, "830"), Sell("b", 200, 50, "800")));
    }

    [Fact]
    public void ValidateGridConstraints_ThresholdPointOneAfterLoadingThePath_Rejects()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: 1500, seed: 42);
        var dso = NewDso(80, 250, grid, new DsoInterventionSettings(congestionThreshold: 0.1));
        grid.AddTradeFlow("830", "800", 1e6);

        Assert.False(dso.ValidateGridConstraints(Buy("a", 250, 50, "830"), Sell("b", 200, 50, "800")));
    }

    [Theory]
    [InlineData(200, 250, 50, 50)]
    [InlineData(250, 200, 0, 50)]
    public void ValidateGridConstraints_CrossedPricesOrEmptyQuantity_Rejects(double buyPrice, double sellPrice, double buyQuantity, double sellQuantity)
    {
        var dso = NewDso(80, 250);

        Assert.False(dso.ValidateGridConstraints(Buy("a", buyPrice, buyQuantity), Sell("b", sellPrice, sellQuantity)));
    }

    [Fact]
    public void BeginInterval_CongestedWithPriceAdjustment_WidensBothTariffs()
    {
        var dso = NewDso(80, 250, ScriptedTopology.Ieee34(congestion: 0.9), new DsoInterventionSettings(priceAdjustment: 0.2));

        dso.BeginInterval();

        Assert.Equal(64, dso.FeedInTariff(0).Value, 12);
        Assert.Equal(300, dso.UtilityPrice(0).Value, 12);
        Assert.Equal(165, dso.MarketPrice(0).Value);
    }

    [Fact]
    public void BeginInterval_AdaptiveThresholdAtHalfLoading_TightensToThreeQuarters()
    {
        var dso = NewDso(80, 250, ScriptedTopology.Ieee34(congestion: 0.5), new DsoInterventionSettings(adaptiveThreshold: true));

        dso.BeginInterval();

        Assert.Equal(0.6, dso.EffectiveCongestionThreshold, 12);
    }

    [Fact]
    public void InterventionSettings_OutOfRange_ReportsEveryField()
    {
        var ex = Assert.Throws<Core.Errors.ValidationException>(() => new DsoInterventionSettings(1.2, -1, 2));

        Assert.Equal(["congestion_threshold", "fee_multiplier", "price_adjustment"], ex.Violations.Select(v => v.Field));
    }
}
