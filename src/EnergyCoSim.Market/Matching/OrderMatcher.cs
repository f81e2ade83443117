using EnergyCoSim.Core.Units;
using EnergyCoSim.Core.Validation;
using EnergyCoSim.Market.Configuration;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Settlement;

namespace EnergyCoSim.Market.Matching;

/// <summary>
/// Clears one market interval in three stages (spec §3.6): 1a DSO-preferring orders, 1b mutual peer preferences,
/// 2 price–priority double auction, 3 DSO fallback. Every P2P trade loads its path; fees are charged and split;
/// the grid balance counts every DSO trade. Not thread-safe; one matcher per simulation.
/// </summary>
public sealed class OrderMatcher
{
    private readonly ITradeRecorder? _recorder;
    private IReadOnlyList<Trade> _latestTrades = [];

    /// <summary>Creates the matcher.</summary>
    /// <param name="agentCount">Number of agents (&gt; 0); grid capacity of the auction gate = max quantity · agents.</param>
    /// <param name="config">Market rules.</param>
    /// <param name="dso">The DSO (its topology, if any, supplies distances and congestion).</param>
    /// <param name="recorder">Receives every trade and one seal per interval (the hash-chain log), or null.</param>
    public OrderMatcher(int agentCount, MarketConfig config, DsoAgent dso, ITradeRecorder? recorder = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(dso);
        var check = new ViolationCollector();
        check.Require(agentCount > 0, "num_agents", agentCount, "must be > 0");
        check.ThrowIfAny("order matcher");
        AgentCount = agentCount;
        Config = config;
        Dso = dso;
        _recorder = recorder;
        GridCapacity = config.MaxQuantity * agentCount;
    }

    /// <summary>Number of agents.</summary>
    public int AgentCount { get; }

    /// <summary>Market rules.</summary>
    public MarketConfig Config { get; private set; }

    /// <summary>The DSO.</summary>
    public DsoAgent Dso { get; }

    /// <summary>Balance beyond which the double auction is closed: max quantity · agents.</summary>
    public EnergyKWh GridCapacity { get; private set; }

    /// <summary>Every interval's result since the last reset.</summary>
    public MatchingHistory History { get; } = new();

    /// <summary>Clears the next intervals under <paramref name="config"/> (e.g. another mechanism); history and DSO are kept.</summary>
    public void Reconfigure(MarketConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
        GridCapacity = config.MaxQuantity * AgentCount;
    }

    /// <summary>Clears history, the latest trades and the DSO's state (the recorder is reset by its owner).</summary>
    public void Reset()
    {
        History.Reset();
        Dso.Reset();
        _latestTrades = [];
    }

    /// <summary>The mutable state (history length, latest trades, DSO), for rollback; results are immutable and shared.</summary>
    public OrderMatcherSnapshot Snapshot() => new(History.Mark(), _latestTrades, Dso.Snapshot());

    /// <summary>True when <see cref="Restore"/> accepts <paramref name="snapshot"/> (its history is still this matcher's).</summary>
    public bool CanRestore(OrderMatcherSnapshot snapshot) => snapshot is not null && History.CanRestore(snapshot.History);

    /// <summary>Restores a state taken with <see cref="Snapshot"/> of this matcher.</summary>
    public void Restore(OrderMatcherSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        History.Restore(snapshot.History);
        _latestTrades = snapshot.LatestTrades;
        Dso.Restore(snapshot.Dso);
    }

    /// <summary>Net position of an agent in the latest interval: Σ sold − Σ bought (kWh).</summary>
    public EnergyKWh PositionOf(string agentId)
    {
        var position = 0.0;
        foreach (var t in _latestTrades)
        {
            if (t.SellerId == agentId)
            {
                position += t.Quantity.Value;
            }

            if (t.BuyerId == agentId)
            {
                position -= t.Quantity.Value;
            }
        }

        return new EnergyKWh(position);
    }

    /// <summary>Clears interval <paramref name="step"/>; appends the result to <see cref="History"/>.</summary>
    /// <param name="step">Interval index (selects the DSO tariffs).</param>
    /// <param name="orders">Orders in agent configuration order (ties are broken by this order).</param>
    /// <param name="reputations">Reputation (0–1) per agent id, the auction's tie-break; null or empty to skip it.</param>
    /// <param name="gridBalanceCarryIn">Balance carried into the interval (kWh; default 0: the balance is per interval).</param>
    public MatchingResult MatchOrders(int step, IReadOnlyList<Order> orders, IReadOnlyDictionary<string, double>? reputations = null, EnergyKWh gridBalanceCarryIn = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ValidateOrders(orders);
        var check = new ViolationCollector();
        check.InRange("step", step, 0, Dso.Tariffs.Length - 1);
        check.ThrowIfAny("market interval");
        Dso.BeginInterval();
        var reference = History.Latest?.ClearingPrice ?? Dso.MarketPrice(step);
        var ws = new MatchingWorkspace(orders, Config, Dso, reference.Value);
        var gridBalance = gridBalanceCarryIn.Value;

        gridBalance += SettleWithDso(ws, step, stage1a: true, buyOrder: null, sellOrder: null);
        Dso.Balance = new EnergyKWh(gridBalance);
        PreferenceStage.Run(ws);
        var (buys, sells) = DoubleAuctionStage.Run(ws, reputations, gridBalance, GridCapacity.Value);
        gridBalance += SettleWithDso(ws, step, stage1a: false, buyOrder: buys, sellOrder: sells);
        Dso.Balance = new EnergyKWh(gridBalance);
        Dso.CongestionLevel = Dso.Topology?.MeanCongestion() ?? 0;

        var result = BuildResult(step, ws, reference);
        _latestTrades = ws.Trades;
        if (_recorder is not null)
        {
            foreach (var trade in ws.Trades)
            {
                _recorder.Record(trade);
            }

            _recorder.Seal();
        }

        History.Add(result);
        return result;
    }

    /// <summary>Stage 1a (orders asking for the DSO) or stage 3 (every residual); returns the DSO's net sales (kWh).</summary>
    private double SettleWithDso(MatchingWorkspace ws, int step, bool stage1a, int[]? buyOrder, int[]? sellOrder)
    {
        var fit = Dso.FeedInTariff(step);
        var up = Dso.UtilityPrice(step);
        var stage = stage1a ? TradeStage.DsoPreference : TradeStage.DsoFallback;
        double bought = 0, sold = 0;
        if (stage1a)
        {
            // MARLEM settles the DSO-preferring sells first, then the buys, and marks all of them (even empty ones).
            for (var pass = 0; pass < 2; pass++)
            {
                for (var i = 0; i < ws.Orders.Count; i++)
                {
                    var o = ws.Orders[i];
                    if (o.PartnerId == Dso.Id && o.IsBuy == (pass == 1))
                    {
                        ws.Marked[i] = true;
                        Fallback(ws, i, fit, up, stage, ref bought, ref sold);
                    }
                }
            }
        }
        else
        {
            foreach (var i in sellOrder!)
            {
                Fallback(ws, i, fit, up, stage, ref bought, ref sold);
            }

            foreach (var i in buyOrder!)
            {
                Fallback(ws, i, fit, up, stage, ref bought, ref sold);
            }
        }

        Dso.Account(bought, sold, fit, up);
        return sold - bought;
    }

    private void Fallback(MatchingWorkspace ws, int i, PriceUsdPerMWh fit, PriceUsdPerMWh up, TradeStage stage, ref double bought, ref double sold)
    {
        var q = ws.Remaining[i];
        if (q <= 0)
        {
            return;
        }

        var o = ws.Orders[i];
        if (o.IsBuy)
        {
            ws.Trades.Add(Dso.SellTo(o.AgentId, new EnergyKWh(q), o.Timestamp, up, stage));
            sold += q;
        }
        else
        {
            ws.Trades.Add(Dso.BuyFrom(o.AgentId, new EnergyKWh(q), o.Timestamp, fit, stage));
            bought += q;
        }

        ws.Remaining[i] = 0;
    }

    private MatchingResult BuildResult(int step, MatchingWorkspace ws, PriceUsdPerMWh reference)
    {
        double p2pVolume = 0, p2pValue = 0, dsoBuy = 0, dsoSell = 0, volume = 0, value = 0, losses = 0, fees = 0;
        foreach (var t in ws.Trades)
        {
            var q = t.Quantity.Value;
            volume += q;
            value += t.Price.Value * q;
            if (t.IsDsoTrade)
            {
                if (t.BuyerId == Dso.Id)
                {
                    dsoBuy += q;
                }
                else
                {
                    dsoSell += q;
                }
            }
            else
            {
                p2pVolume += q;
                p2pValue += t.Price.Value * q;
                losses += t.TransmissionLoss.Value;
                fees += t.Fees.Value;
            }
        }

        var fit = Dso.FeedInTariff(step);
        var up = Dso.UtilityPrice(step);
        var mid = Dso.MarketPrice(step);
        var dsoTotal = dsoBuy + dsoSell;
        var total = dsoTotal + p2pVolume;
        var localAverage = p2pVolume > 0 ? p2pValue / p2pVolume : 0;
        return new MatchingResult(
            step,
            ws.Trades,
            [],
            reference,
            volume > 0 ? new PriceUsdPerMWh(value / volume) : mid,
            new EnergyKWh(volume),
            new EnergyKWh(dsoBuy),
            new EnergyKWh(dsoSell),
            new EnergyKWh(dsoTotal),
            new EnergyKWh(p2pVolume),
            total > 0 ? dsoTotal / total : 0,
            new EnergyKWh(dsoSell - dsoBuy),
            fit,
            up,
            up - fit,
            new PriceUsdPerMWh(localAverage),
            p2pVolume > 0 ? new PriceUsdPerMWh(((fit.Value + up.Value) / 2) - localAverage) : PriceUsdPerMWh.Zero,
            Dso.Balance,
            Dso.CongestionLevel,
            new EnergyKWh(losses),
            new MoneyUsd(fees),
            SettlementCalculator.Settle(ws.Trades, Dso.Id, Config.BuyerFeeShare));
    }

    private void ValidateOrders(IReadOnlyList<Order> orders)
    {
        var topology = Dso.Topology;
        ViolationCollector? check = null;
        for (var i = 0; i < orders.Count; i++)
        {
            var o = orders[i];
            var ok = double.IsFinite(o.Price.Value) && double.IsFinite(o.Quantity.Value) && o.Quantity.Value >= 0 && double.IsFinite(o.Timestamp)
                && (o.NodeId is null || topology is null || topology.ContainsNode(o.NodeId));
            if (ok)
            {
                continue;
            }

            check ??= new ViolationCollector();
            var scope = check.Scope("orders", i);
            scope.Finite("price", o.Price.Value);
            scope.AtLeast("quantity", o.Quantity.Value, 0);
            scope.Finite("timestamp", o.Timestamp);
            if (o.NodeId is not null && topology is not null)
            {
                scope.Require(topology.ContainsNode(o.NodeId), "node_id", o.NodeId, $"is not a node of the grid ({topology.NodeCount} nodes)");
            }
        }

        check?.ThrowIfAny("orders");
    }
}
