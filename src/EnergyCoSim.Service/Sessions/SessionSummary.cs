using EnergyCoSim.Simulation.Analytics;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Running;

namespace EnergyCoSim.Service.Sessions;

/// <summary>Builds the scenario's summary.json contents from a session's finished episode, as the CLI's run does.</summary>
internal static class SessionSummary
{
    public static ScenarioSummaryFile Build(LocalEnergyMarketEnvironment env, string strategy)
    {
        var scenario = env.Scenario;
        var capacity = scenario.GridCapacityKW;
        var name = scenario.Document.Name ?? "scenario";
        var episode = new EpisodeResult(name, (int)env.Episode, env.MarketHistory.ToArray(), env.AgentHistory.ToArray());
        var rewards = env.AgentIds.ToDictionary(
            id => id,
            id => (IReadOnlyList<double>)episode.AgentSteps.Where(a => a.AgentId == id).Select(a => a.Reward).ToArray(),
            StringComparer.Ordinal);
        var edges = env.Topology.Edges();
        var flow = edges.Sum(e => env.Topology.EdgeFlowKW(e.From, e.To));
        var edgeCapacity = edges.Sum(e => env.Topology.EdgeCapacityKW(e.From, e.To));
        return new ScenarioSummaryFile
        {
            Scenario = name,
            Seed = scenario.Document.Seed,
            Strategy = strategy,
            GridCapacityKw = capacity,
            Episodes = 1,
            Storage = StorageDescriptors.Compute(scenario.Agents.Select(a => new StorageDescriptors.AgentStorage(
                a.Spec.Capacity.Value,
                a.Spec.Battery?.NominalCapacity.Value,
                a.Spec.Battery?.ChargeEfficiency ?? 0,
                a.Spec.Battery is { } b ? b.MaxSoc - b.MinSoc : 0)).ToArray()),
            Performance = PerformanceSummaryCalculator.Compute([episode]),
            Coordination = CoordinationMetricsCalculator.Compute(episode.MarketSteps, rewards, capacity),
            Dso = DsoMetricsCalculator.Compute(episode.MarketSteps, capacity),
            Grid = GridMetricsCalculator.Compute(episode.MarketSteps, capacity, edgeCapacity > 0 ? flow / edgeCapacity : 0),
            Market = MarketMetricsCalculator.Compute(episode.MarketSteps, rewards),
        };
    }
}
