using EnergyCoSim.Simulation.Analytics;
using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Reporting;

/// <summary>The slice of a scenario result the per-scenario figures draw: the last episode, as the §9 metric sets use.</summary>
internal sealed class ScenarioData
{
    public ScenarioData(ScenarioResult result)
    {
        Result = result;
        var last = result.Episodes.Count > 0 ? result.Episodes[^1] : null;
        Market = last?.MarketSteps ?? [];
        Agents = last?.AgentSteps ?? [];
        AgentIds = Agents.Select(a => a.AgentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    public ScenarioResult Result { get; }

    public IReadOnlyList<MarketStepRecord> Market { get; }

    public IReadOnlyList<AgentStepRecord> Agents { get; }

    public IReadOnlyList<string> AgentIds { get; }

    public double[] StepAxis => Market.Select(m => (double)m.Step).ToArray();

    public double[] Series(Func<MarketStepRecord, double> f) => Market.Select(f).ToArray();

    /// <summary>Per-agent series ordered by step.</summary>
    public (double[] Steps, double[] Values) AgentSeries(string agentId, Func<AgentStepRecord, double> f)
    {
        var rows = Agents.Where(a => a.AgentId == agentId).OrderBy(a => a.Step).ToArray();
        return (rows.Select(a => (double)a.Step).ToArray(), rows.Select(f).ToArray());
    }
}
