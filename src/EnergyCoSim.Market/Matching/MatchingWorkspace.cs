using EnergyCoSim.Core.Network;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Configuration;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Pricing;

namespace EnergyCoSim.Market.Matching;

/// <summary>One interval's mutable working state: orders, remaining quantities (kWh), fill marks and the trades so far.</summary>
internal sealed class MatchingWorkspace
{
    public MatchingWorkspace(IReadOnlyList<Order> orders, MarketConfig config, DsoAgent dso, double referencePrice)
    {
        Orders = orders;
        Config = config;
        Dso = dso;
        Topology = dso.Topology;
        ReferencePrice = referencePrice;
        Remaining = new double[orders.Count];
        Marked = new bool[orders.Count];
        for (var i = 0; i < Remaining.Length; i++)
        {
            Remaining[i] = orders[i].Quantity.Value;
        }

        Trades = new List<Trade>(orders.Count + 4);
    }

    public IReadOnlyList<Order> Orders { get; }

    public MarketConfig Config { get; }

    public DsoAgent Dso { get; }

    public INetworkTopology? Topology { get; }

    public double ReferencePrice { get; }

    public double[] Remaining { get; }

    public bool[] Marked { get; }

    public List<Trade> Trades { get; }

    public double Threshold => Config.FilledThreshold.Value;

    /// <summary>
    /// Trades min(q_b, q_s) between two orders: price by the configured rule, distance, loss (capped at q), fees,
    /// then loads the path's edges. The buyer still needs the lost energy, so it only gives up q − loss.
    /// </summary>
    public void CreatePeerTrade(int buy, int sell, TradeStage stage)
    {
        var b = Orders[buy];
        var s = Orders[sell];
        var q = Math.Min(Remaining[buy], Remaining[sell]);
        var price = PricingRules.PriceOf(Config.Mechanism, b.Price.Value, s.Price.Value, ReferencePrice, Config.BidAskFactor);
        var located = b.NodeId is not null && s.NodeId is not null && Topology is not null;
        var distance = located ? Topology!.DistanceKm(b.NodeId!, s.NodeId!) : 0;
        var loss = Math.Min(q, Config.LossFactor * distance * q);
        var fees = Dso.Fees(b.NodeId, s.NodeId, price, q, distance);
        Dso.RecordFees(fees);
        Trades.Add(new Trade(b.AgentId, s.AgentId, new PriceUsdPerMWh(price), new EnergyKWh(q), Math.Max(b.Timestamp, s.Timestamp), stage, distance, new EnergyKWh(loss), new MoneyUsd(fees)));
        Remaining[buy] -= q - loss;
        Remaining[sell] -= q;
        if (located)
        {
            Topology!.AddTradeFlow(b.NodeId!, s.NodeId!, q);
        }
    }
}
