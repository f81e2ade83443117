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
    /// Trades between two orders: the seller delivers min(q_s, q_b / (1 − f)) with f = loss factor · distance, so the
    /// buyer receives what it still needs after losses in one trade; price by the configured rule, fees, then the path's
    /// edges are loaded. Returns false (no trade) when f ≥ 1, i.e. nothing would arrive, or when the bid–ask spread does
    /// not cover the DSO's grid fee on the pair (<see cref="DsoAgent.GridFeeRate"/>).
    /// </summary>
    public bool CreatePeerTrade(int buy, int sell, TradeStage stage)
    {
        var b = Orders[buy];
        var s = Orders[sell];
        var gridFee = Dso.GridFeeRate(b.AgentId, s.AgentId);
        if (gridFee > 0 && b.Price.Value - s.Price.Value < gridFee)
        {
            // The DSO's grid fee on this pair is more than the surplus the trade would share: it does not trade.
            return false;
        }

        var located = b.NodeId is not null && s.NodeId is not null && Topology is not null;
        var distance = located ? Topology!.DistanceKm(b.NodeId!, s.NodeId!) : 0;
        var lossShare = Config.LossFactor * distance;
        if (lossShare >= 1)
        {
            // Nothing would arrive: no buyer pays for energy lost on the way, so the pair does not trade.
            return false;
        }

        // The seller delivers enough to cover the losses on the way, so one trade fills what the buyer still needs
        // (MARLEM trades min(q_b, q_s) and lets the pair re-trade the lost residual over and over).
        var q = Math.Min(Remaining[sell], Remaining[buy] / (1 - lossShare));
        var loss = lossShare * q;
        var price = PricingRules.PriceOf(Config.Mechanism, b.Price.Value, s.Price.Value, ReferencePrice, Config.BidAskFactor);
        var fees = Dso.Fees(b.NodeId, s.NodeId, price, q, distance) + (gridFee * q / 1000);
        Dso.RecordFees(fees);
        Trades.Add(new Trade(b.AgentId, s.AgentId, new PriceUsdPerMWh(price), new EnergyKWh(q), Math.Max(b.Timestamp, s.Timestamp), stage, distance, new EnergyKWh(loss), new MoneyUsd(fees)));
        Remaining[buy] = Math.Max(0, Remaining[buy] - (q - loss));
        Remaining[sell] -= q;
        if (located)
        {
            Topology!.AddTradeFlow(b.NodeId!, s.NodeId!, q);
        }

        return true;
    }
}
