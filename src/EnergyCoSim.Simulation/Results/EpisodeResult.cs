using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Results;

/// <summary>Everything one episode of one scenario produced, step by step.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Episode">Zero-based episode index.</param>
/// <param name="MarketSteps">One record per market interval.</param>
/// <param name="AgentSteps">One record per agent per market interval.</param>
public sealed record EpisodeResult(
    string Scenario,
    int Episode,
    IReadOnlyList<MarketStepRecord> MarketSteps,
    IReadOnlyList<AgentStepRecord> AgentSteps);
