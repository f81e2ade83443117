using EnergyCoSim.Core.Random;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Reputation;

/// <summary>
/// Reputation of spec §5.1: a weighted score of reliability, price fairness and grid contribution, blended with the
/// previous reputation by the time of day. Corrected: a DSO trade scores 0 (neutral) on the −1..1 grid scale,
/// where MARLEM used 0.5.
/// </summary>
public sealed class ReputationHandler
{
    /// <summary>Grid balances smaller than this (kWh) count as balanced: no trade moves the grid score.</summary>
    public const double BalancedGridThresholdKWh = 0.1;

    /// <summary>Creates the handler.</summary>
    /// <param name="weights">Component weights; null: 0.3 / 0.2 / 0.5.</param>
    /// <param name="dsoId">Id of the DSO as a trade party.</param>
    /// <param name="dsoTradeGridScore">Grid score of a trade with the DSO, in [−1, 1]; 0 (neutral) by default, 0.5 reproduces MARLEM.</param>
    public ReputationHandler(ReputationWeights? weights = null, string dsoId = MarketParticipants.DsoId, double dsoTradeGridScore = 0.0)
    {
        if (!(dsoTradeGridScore >= -1 && dsoTradeGridScore <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(dsoTradeGridScore), dsoTradeGridScore, "must be in [-1, 1]");
        }

        Weights = weights ?? ReputationWeights.Default;
        DsoId = dsoId;
        DsoTradeGridScore = dsoTradeGridScore;
    }

    /// <summary>The component weights.</summary>
    public ReputationWeights Weights { get; }

    /// <summary>Id of the DSO.</summary>
    public string DsoId { get; }

    /// <summary>Grid score of a DSO trade on the −1..1 scale.</summary>
    public double DsoTradeGridScore { get; }

    /// <summary>An initial reputation: one uniform draw in [0, 1) from the agent's own stream.</summary>
    public static double InitialReputation(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.NextDouble();
    }

    /// <summary>
    /// The new reputation: <c>tod · current + (1 − tod) · score</c>, with <paramref name="timeOfDay"/> in [0, 1]
    /// (the environment passes the time of day after the interval). Unchanged when the market had no trade.
    /// </summary>
    public double Update(double current, ReputationEvidence evidence, double timeOfDay)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!(current >= 0 && current <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(current), current, "reputation must be in [0, 1]");
        }

        if (!(timeOfDay >= 0 && timeOfDay <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(timeOfDay), timeOfDay, "time of day must be in [0, 1]");
        }

        return evidence.IntervalHadTrades ? (timeOfDay * current) + ((1 - timeOfDay) * Score(evidence)) : current;
    }

    /// <summary>The interval's score in [0, 1]: clip(w_r · reliability + w_f · fairness + w_g · grid, 0, 1).</summary>
    public double Score(ReputationEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var s = (Weights.Reliability * Reliability(evidence)) + (Weights.Fairness * Fairness(evidence)) + (Weights.Grid * Grid(evidence));
        return Math.Clamp(s, 0, 1);
    }

    /// <summary>Agents sorted by reputation, highest first; ties keep the input order.</summary>
    public static IReadOnlyList<AgentReputation> Rank(IEnumerable<AgentReputation> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        return agents.OrderByDescending(a => a.Reputation).ToArray();
    }

    /// <summary>n_trades / (n_trades + n_unmatched); 0.5 when both are 0.</summary>
    internal static double Reliability(ReputationEvidence e)
    {
        var n = e.AgentTrades.Count;
        return n + e.UnmatchedOrders == 0 ? 0.5 : (double)n / (n + e.UnmatchedOrders);
    }

    /// <summary>1 − min(1, mean |p − P| / P) over the agent's trades (P ≤ 0 contributes nothing); 0.5 without trades.</summary>
    internal static double Fairness(ReputationEvidence e)
    {
        if (e.AgentTrades.Count == 0)
        {
            return 0.5;
        }

        var p = e.ClearingPrice.Value;
        var deviations = p > 0 ? e.AgentTrades.Select(t => Math.Abs(t.Price.Value - p) / p).ToArray() : [];
        var mean = deviations.Length == 0 ? 0.0 : deviations.Average();
        return 1 - Math.Min(1, mean);
    }

    /// <summary>(mean trade contribution + 1) / 2 on the −1..1 scale; 0.5 without trades.</summary>
    internal double Grid(ReputationEvidence e)
    {
        if (e.AgentTrades.Count == 0)
        {
            return 0.5;
        }

        var balance = e.GridBalance.Value;
        var sum = 0.0;
        foreach (var t in e.AgentTrades)
        {
            sum += TradeGridScore(t, e.AgentId, balance);
        }

        return ((sum / e.AgentTrades.Count) + 1) / 2;
    }

    private double TradeGridScore(Trade trade, string agentId, double balance)
    {
        if (Math.Abs(balance) < BalancedGridThresholdKWh)
        {
            return 0;
        }

        if (trade.IsDsoTrade || trade.BuyerId == DsoId || trade.SellerId == DsoId)
        {
            return DsoTradeGridScore;
        }

        // Buying in a surplus or selling in a shortage helps the grid.
        var share = Math.Min(1, trade.Quantity.Value / Math.Abs(balance));
        var helps = (trade.BuyerId == agentId) == (balance > 0);
        return helps ? share : -share;
    }
}
