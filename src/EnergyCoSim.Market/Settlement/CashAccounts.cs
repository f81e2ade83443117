using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Market.Settlement;

/// <summary>Running cash balance of every agent, the DSO and the fee pot over an episode (an agent's profit is its balance).</summary>
public sealed class CashAccounts
{
    private readonly Dictionary<string, double> _agents = new(StringComparer.Ordinal);

    /// <summary>The DSO's energy-trading cash.</summary>
    public MoneyUsd Dso { get; private set; }

    /// <summary>Network fees collected so far.</summary>
    public MoneyUsd FeesCollected { get; private set; }

    /// <summary>Every agent's balance.</summary>
    public IReadOnlyDictionary<string, double> AgentBalancesUsd => _agents;

    /// <summary>The balance of <paramref name="agentId"/> (0 if it never traded).</summary>
    public MoneyUsd BalanceOf(string agentId) => new(_agents.GetValueOrDefault(agentId));

    /// <summary>Adds one interval's settlement.</summary>
    public void Apply(SettlementStatement statement)
    {
        foreach (var (id, s) in statement.Agents)
        {
            _agents[id] = _agents.GetValueOrDefault(id) + s.Cash.Value;
        }

        Dso += statement.Dso.Cash;
        FeesCollected += statement.FeesCollected;
    }

    /// <summary>Zeroes every balance.</summary>
    public void Reset()
    {
        _agents.Clear();
        Dso = default;
        FeesCollected = default;
    }
}
