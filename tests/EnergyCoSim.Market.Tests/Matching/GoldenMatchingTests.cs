using EnergyCoSim.Grid.Topology;
using EnergyCoSim.Market.Matching;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Tests.TestSupport;
using static EnergyCoSim.Market.Tests.TestSupport.MarketFixtures;

namespace EnergyCoSim.Market.Tests.Matching;

/// <summary>Spec §3.6's golden example (IEEE34, agents at 800/830/854, AVERAGE, FIT 80, UP 250 $/MWh).</summary>
public sealed class GoldenMatchingTests
{
    private static readonly Order[] GoldenOrders =
    [
        Buy("agent_0", 250, 30, "800"),
        Buy("agent_1", 230, 20, "830"),
        Sell("agent_2", 200, 25, "854"),
    ];

    private static MatchingResult Clear(out ScriptedTopology topology)
    {
        topology = ScriptedTopology.Ieee34(congestion: 0);
        return Matcher(NewDso(80, 250, topology)).MatchOrders(0, GoldenOrders);
    }

    [Fact]
    public void MatchOrders_Golden_MakesTheThreeSpecTrades()
    {
        var result = Clear(out _);

        Assert.Equal(3, result.Trades.Count);
        var p2p = result.Trades[0];
        Assert.Equal(("agent_0", "agent_2", TradeStage.DoubleAuction), (p2p.BuyerId, p2p.SellerId, p2p.Stage));
        Assert.Equal(225, p2p.Price.Value);
        Assert.Equal(25, p2p.Quantity.Value);
        Assert.Equal(9.59, p2p.DistanceKm, 9);
        Assert.Equal(0.03 * 9.59 * 25, p2p.TransmissionLoss.Value, 9);
        Assert.Equal(("agent_0", "DSO", 250.0, TradeStage.DsoFallback), (result.Trades[1].BuyerId, result.Trades[1].SellerId, result.Trades[1].Price.Value, result.Trades[1].Stage));
        Assert.Equal(12.1925, result.Trades[1].Quantity.Value, 9);
        Assert.Equal(("agent_1", "DSO", 20.0), (result.Trades[2].BuyerId, result.Trades[2].SellerId, result.Trades[2].Quantity.Value));
    }

    [Fact]
    public void MatchOrders_Golden_ClearingPriceIs239AndVolume57_19()
    {
        var result = Clear(out _);

        // (225·25 + 250·32.1925) / 57.1925 = 13673.125 / 57.1925.
        Assert.Equal(13673.125 / 57.1925, result.ClearingPrice.Value, 9);
        Assert.Equal(239.07, result.ClearingPrice.Value, 2);
        Assert.Equal(57.1925, result.ClearingVolume.Value, 9);
    }

    [Fact]
    public void MatchOrders_Golden_Corrected_GridBalanceIs32_19BecauseStage3DsoSalesCount()
    {
        var result = Clear(out _);

        // MARLEM reported 0: its balance ignored the 12.1925 + 20 kWh the DSO sold in stage 3.
        Assert.Equal(32.1925, result.GridBalance.Value, 9);
    }

    [Fact]
    public void MatchOrders_Golden_StatisticsFollowSpecStep9()
    {
        var result = Clear(out _);

        Assert.Equal(25, result.P2PVolume.Value);
        Assert.Equal(0, result.DsoBuyVolume.Value);
        Assert.Equal(32.1925, result.DsoSellVolume.Value, 9);
        Assert.Equal(32.1925, result.DsoGridImport.Value, 9);
        Assert.Equal(32.1925 / 57.1925, result.DsoTradeRatio, 12);
        Assert.Equal((80.0, 250.0, 170.0), (result.DsoBuyPrice.Value, result.DsoSellPrice.Value, result.PriceSpread.Value));
        Assert.Equal(225, result.LocalPriceAverage.Value);
        Assert.Equal(165 - 225, result.LocalPriceAdvantage.Value);
        Assert.Equal(165, result.ReferencePrice.Value);
        Assert.Empty(result.UnmatchedOrders);
    }

    [Fact]
    public void MatchOrders_Golden_Corrected_TheAuctionTradeLoadsItsPathAndPaysFees()
    {
        var result = Clear(out var topology);

        // Stage-2 trades loaded no edges in MARLEM. Fee: 0.15·9.59 > 0.05 → 0.2·V, V = 225·25/1000 = 5.625 USD.
        Assert.Equal([("800", "854", 25.0)], topology.Flows);
        Assert.Equal(1.125, result.Trades[0].Fees.Value, 12);
        Assert.Equal(1.125, result.Fees.Value, 12);
    }

    [Fact]
    public void MatchOrders_GoldenOnRealFeeder_RaisesMeanCongestion()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: 150, seed: 42);
        var before = grid.MeanCongestion();

        var result = Matcher(NewDso(80, 250, grid)).MatchOrders(0, GoldenOrders);

        Assert.True(result.GridCongestion > before);
        Assert.Equal(grid.MeanCongestion(), result.GridCongestion);
    }

    [Fact]
    public void MatchOrders_Golden_SettlementMovesCashBuyerToSellerAndSplitsFees()
    {
        var result = Clear(out _);
        var s = result.Settlement;

        // agent_0 pays 5.625 + half of 1.125 to the peer and 12.1925·250/1000 to the DSO.
        Assert.Equal(-(5.625 + 0.5625 + 3.048125), s.For("agent_0").Cash.Value, 9);
        Assert.Equal(5.625 - 0.5625, s.For("agent_2").Cash.Value, 9);
        Assert.Equal(-5.0, s.For("agent_1").Cash.Value, 9);
        Assert.Equal(3.048125 + 5.0, s.Dso.Cash.Value, 9);
        Assert.Equal(1.125, s.FeesCollected.Value, 12);
        Assert.Equal(30, s.For("agent_0").Received.Value, 9);
        Assert.Equal(25, s.For("agent_2").Sold.Value);
    }
}
