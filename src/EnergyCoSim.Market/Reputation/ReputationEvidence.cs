using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Reputation;

/// <summary>What one market interval says about one agent, as plain inputs (independent of the matcher's result type).</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="AgentTrades">The agent's trades of the interval (as buyer or seller).</param>
/// <param name="UnmatchedOrders">How many of the agent's orders stayed unmatched.</param>
/// <param name="ClearingPrice">The interval's clearing price, $/MWh.</param>
/// <param name="GridBalance">The interval's grid balance, kWh (&gt; 0: surplus).</param>
/// <param name="IntervalHadTrades">False when the whole market had no trade: reputations then stay unchanged.</param>
public sealed record ReputationEvidence(
    string AgentId,
    IReadOnlyList<Trade> AgentTrades,
    int UnmatchedOrders,
    PriceUsdPerMWh ClearingPrice,
    EnergyKWh GridBalance,
    bool IntervalHadTrades)
{
    /// <summary>Builds the evidence for <paramref name="agentId"/> from all trades of the interval.</summary>
    public static ReputationEvidence ForAgent(string agentId, IReadOnlyList<Trade> intervalTrades, int unmatchedOrders, PriceUsdPerMWh clearingPrice, EnergyKWh gridBalance)
    {
        ArgumentNullException.ThrowIfNull(intervalTrades);
        var own = intervalTrades.Where(t => t.BuyerId == agentId || t.SellerId == agentId).ToArray();
        return new ReputationEvidence(agentId, own, unmatchedOrders, clearingPrice, gridBalance, intervalTrades.Count > 0);
    }
}
