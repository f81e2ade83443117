using EnergyCoSim.Simulation.Analytics;
using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Service.Sessions;

/// <summary>The result of one market interval of a session: market summary, per-agent records and rewards.</summary>
/// <param name="Step">Zero-based index of the interval just cleared.</param>
/// <param name="Done">True when the episode ended with this step.</param>
/// <param name="Market">Market-wide record of the interval.</param>
/// <param name="Agents">Per-agent records of the interval, in agent order.</param>
/// <param name="Observations">Agent-major observations after the step.</param>
/// <param name="Rewards">Per-agent rewards of the step.</param>
/// <param name="Grid">The external grid solver's result; null without one.</param>
public sealed record SessionStepResult(
    int Step,
    bool Done,
    MarketStepRecord Market,
    IReadOnlyList<AgentStepRecord> Agents,
    IReadOnlyList<float> Observations,
    IReadOnlyList<double> Rewards,
    GridStepSummary? Grid = null);
