using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Simulation.Environments;

namespace EnergyCoSim.Service.Mapping;

/// <summary>Sums the episode's records into per-agent accounts and the DSO's cash.</summary>
internal static class SettlementMapper
{
    public static GetSettlementResponse Build(LocalEnergyMarketEnvironment env, string dsoId)
    {
        var response = new GetSettlementResponse();
        var trades = env.MarketHistory.SelectMany(m => m.Trades).ToArray();
        foreach (var id in env.AgentIds)
        {
            var records = env.AgentHistory.Where(a => a.AgentId == id).ToArray();
            response.Accounts.Add(new AgentAccount
            {
                AgentId = id,
                CashUsd = records.Sum(a => a.CashUsd),
                BoughtKwh = records.Sum(a => a.BoughtKWh),
                SoldKwh = records.Sum(a => a.SoldKWh),
                // Network fees are split evenly between buyer and seller.
                FeesUsd = trades.Where(t => t.BuyerId == id || t.SellerId == id).Sum(t => t.Fees.Value / 2),
            });
        }

        // The DSO earns what it sells and pays what it buys.
        response.DsoCashUsd = trades.Sum(t => t.SellerId == dsoId ? t.Value.Value : t.BuyerId == dsoId ? -t.Value.Value : 0);
        response.FeesCollectedUsd = trades.Sum(t => t.Fees.Value);
        return response;
    }
}
