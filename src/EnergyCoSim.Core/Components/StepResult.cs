using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Core.Components;

/// <summary>The result of one component step.</summary>
/// <param name="Outcome">Accepted, rejected or failed.</param>
/// <param name="LastReachedTime">For a rejected step, the last time the component did reach, when it reports one.</param>
/// <param name="Message">Why the step was rejected or failed.</param>
public readonly record struct StepResult(StepOutcome Outcome, SimulationTime? LastReachedTime = null, string? Message = null)
{
    /// <summary>An accepted step.</summary>
    public static StepResult Accepted { get; } = new(StepOutcome.Accepted);

    /// <summary>A rejected step that reached <paramref name="lastReached"/>.</summary>
    public static StepResult Rejected(SimulationTime? lastReached, string message) => new(StepOutcome.Rejected, lastReached, message);

    /// <summary>A failed step.</summary>
    public static StepResult Failed(string message) => new(StepOutcome.Failed, null, message);
}
