using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Agents.Prosumers;

/// <summary>An agent's cumulative cash account since reset, USD (MARLEM never updated <c>profit</c>).</summary>
/// <param name="PeerRevenue">Received from peers.</param>
/// <param name="PeerCost">Paid to peers.</param>
/// <param name="DsoRevenue">Received from the DSO.</param>
/// <param name="DsoCost">Paid to the DSO.</param>
/// <param name="FeesPaid">Network fees paid (net of bonuses).</param>
public readonly record struct CashAccount(MoneyUsd PeerRevenue, MoneyUsd PeerCost, MoneyUsd DsoRevenue, MoneyUsd DsoCost, MoneyUsd FeesPaid)
{
    /// <summary>Profit: revenues − costs − fees.</summary>
    public MoneyUsd Profit => PeerRevenue + DsoRevenue - PeerCost - DsoCost - FeesPaid;

    /// <summary>The account after one more settlement.</summary>
    public CashAccount Add(AgentSettlement s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(PeerRevenue + s.PeerRevenue, PeerCost + s.PeerCost, DsoRevenue + s.DsoRevenue, DsoCost + s.DsoCost, FeesPaid + s.FeesPaid);
    }
}
