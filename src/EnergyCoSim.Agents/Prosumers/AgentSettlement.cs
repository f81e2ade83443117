using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Agents.Prosumers;

/// <summary>Money one agent settles for one interval, USD. Amounts are as settled by the market (all ≥ 0 except fees).</summary>
/// <param name="PeerRevenue">Received from peers for energy sold.</param>
/// <param name="PeerCost">Paid to peers for energy bought.</param>
/// <param name="DsoRevenue">Received from the DSO (feed-in).</param>
/// <param name="DsoCost">Paid to the DSO (utility tariff).</param>
/// <param name="FeesPaid">Network fees charged to the agent (negative: a bonus received).</param>
public sealed record AgentSettlement(MoneyUsd PeerRevenue, MoneyUsd PeerCost, MoneyUsd DsoRevenue, MoneyUsd DsoCost, MoneyUsd FeesPaid)
{
    /// <summary>Nothing settled.</summary>
    public static AgentSettlement None { get; } = new(default, default, default, default, default);

    /// <summary>Net cash flow: revenues − costs − fees.</summary>
    public MoneyUsd NetCashFlow => PeerRevenue + DsoRevenue - PeerCost - DsoCost - FeesPaid;

    /// <summary>
    /// Trade values (price · quantity / 1000) of <paramref name="agentId"/>'s trades, split into peer and DSO flows,
    /// plus the agent's fee share as settled by the market.
    /// </summary>
    public static AgentSettlement FromTrades(string agentId, IEnumerable<Trade> trades, MoneyUsd feesPaid = default, string dsoId = MarketParticipants.DsoId)
    {
        ArgumentNullException.ThrowIfNull(trades);
        MoneyUsd peerIn = default, peerOut = default, dsoIn = default, dsoOut = default;
        foreach (var t in trades)
        {
            var withDso = t.IsDsoTrade || t.BuyerId == dsoId || t.SellerId == dsoId;
            if (t.SellerId == agentId)
            {
                if (withDso)
                {
                    dsoIn += t.Value;
                }
                else
                {
                    peerIn += t.Value;
                }
            }

            if (t.BuyerId == agentId)
            {
                if (withDso)
                {
                    dsoOut += t.Value;
                }
                else
                {
                    peerOut += t.Value;
                }
            }
        }

        return new AgentSettlement(peerIn, peerOut, dsoIn, dsoOut, feesPaid);
    }
}
