using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Grid.Topology;
using EnergyCoSim.Market.Configuration;
using EnergyCoSim.Market.Matching;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Pricing;
using FsCheck.Xunit;
using static EnergyCoSim.Market.Tests.TestSupport.MarketFixtures;

namespace EnergyCoSim.Market.Tests.Settlement;

/// <summary>Invariants over random order books on the IEEE 34 feeder, with every stage and mechanism exercised.</summary>
public sealed class ConservationPropertyTests
{
    private const double Tolerance = 1e-6;

    [Property(MaxTest = 200)]
    public void MatchOrders_AnyBook_EverySellDeliversAndEveryBuyReceivesItsQuantity(int seed)
    {
        var (orders, result) = Clear(seed);

        foreach (var o in orders)
        {
            var s = result.Settlement.For(o.AgentId);
            var moved = o.IsBuy ? s.Received.Value : s.Sold.Value;
            Assert.InRange(moved, o.Quantity.Value - Tolerance, o.Quantity.Value + Tolerance);
        }
    }

    [Property(MaxTest = 200)]
    public void MatchOrders_AnyBook_SoldEqualsReceivedPlusLossesPerTradeAndInTotal(int seed)
    {
        var (_, result) = Clear(seed);

        Assert.All(result.Trades, t => Assert.InRange(t.TransmissionLoss.Value, 0, t.Quantity.Value));
        var sold = result.Settlement.Agents.Values.Sum(a => a.Sold.Value) + result.Settlement.Dso.Sold.Value;
        var received = result.Settlement.Agents.Values.Sum(a => a.Received.Value) + result.Settlement.Dso.Received.Value;
        Assert.Equal(sold, received + result.Settlement.TransmissionLosses.Value, 6);
        Assert.Equal(result.TransmissionLosses.Value, result.Settlement.TransmissionLosses.Value, 9);
    }

    [Property(MaxTest = 200)]
    public void MatchOrders_AnyBook_CashOverAgentsDsoAndFeesSumsToZero(int seed)
    {
        var (_, result) = Clear(seed);

        var total = result.Settlement.Agents.Values.Sum(a => a.Cash.Value) + result.Settlement.Dso.Cash.Value + result.Settlement.FeesCollected.Value;
        Assert.Equal(0, total, 6);
        Assert.Equal(result.Fees.Value, result.Settlement.FeesCollected.Value, 9);
    }

    [Property(MaxTest = 200)]
    public void MatchOrders_AnyBook_PeerPricesLieBetweenTheLimitsAndVolumesAddUp(int seed)
    {
        var (orders, result) = Clear(seed);
        var byAgent = orders.ToDictionary(o => o.AgentId);

        foreach (var t in result.Trades.Where(t => !t.IsDsoTrade))
        {
            Assert.InRange(t.Price.Value, byAgent[t.SellerId].Price.Value - 1e-9, byAgent[t.BuyerId].Price.Value + 1e-9);
        }

        Assert.Equal(result.ClearingVolume.Value, result.P2PVolume.Value + result.DsoTotalVolume.Value, 6);
        Assert.Equal(result.GridBalance.Value, result.DsoSellVolume.Value - result.DsoBuyVolume.Value, 6);
    }

    [Property(MaxTest = 50)]
    public void MatchOrders_SameBookTwice_GivesIdenticalTrades(int seed)
    {
        Assert.Equal(Clear(seed).Result.Trades, Clear(seed).Result.Trades);
    }

    private static (Order[] Orders, MatchingResult Result) Clear(int seed)
    {
        var random = new RandomStreams((ulong)seed).For("order-book");
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: 2000, seed: (ulong)seed);
        var count = random.NextInt(40);
        var agents = Enumerable.Range(0, count).Select(i => $"a{i}").ToArray();
        var orders = new Order[count];
        for (var i = 0; i < count; i++)
        {
            var node = random.NextDouble() < 0.8 ? grid.NodeIds[random.NextInt(grid.NodeCount)] : null;
            var partnerDraw = random.NextDouble();
            var partner = partnerDraw < 0.15 ? MarketParticipants.DsoId : partnerDraw < 0.6 && count > 0 ? agents[random.NextInt(count)] : null;
            var side = random.NextDouble() < 0.5 ? OrderSide.Buy : OrderSide.Sell;
            var quantity = random.NextDouble() < 0.05 ? 0 : random.Uniform(0, 200);
            orders[i] = new Order($"o{i}", agents[i], new PriceUsdPerMWh(random.Uniform(20, 600)), new EnergyKWh(quantity), side, random.NextDouble(), node, partner);
        }

        var mechanism = (ClearingMechanism)random.NextInt(6);
        var config = new MarketConfig(maxQuantity: 200, mechanism: mechanism, bidAskFactor: random.NextDouble(), buyerFeeShare: random.NextDouble(), enablePartnerPreference: true);
        var reputations = agents.ToDictionary(a => a, _ => random.NextDouble());
        var matcher = Matcher(NewDso(40, 300, grid), config, Math.Max(1, count));
        return (orders, matcher.MatchOrders(0, orders, reputations));
    }
}
