using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Master;

/// <summary>A structured account of why an execution failed: which component, when, why, and what it said.</summary>
/// <param name="Kind">Category of the failure.</param>
/// <param name="Component">The component at fault (for a watchdog timeout: the first one still stepping).</param>
/// <param name="Time">Start of the failing macro step.</param>
/// <param name="StepSize">Size of the failing macro step.</param>
/// <param name="Reason">What went wrong, in one sentence.</param>
/// <param name="Messages">The component's own messages (model log, exception chain), oldest first.</param>
/// <param name="WaitingOn">For a watchdog timeout: every component whose step had not returned.</param>
public sealed record FailureReport(
    FailureKind Kind,
    string Component,
    SimulationTime Time,
    SimulationDuration StepSize,
    string Reason,
    IReadOnlyList<string> Messages,
    IReadOnlyList<string> WaitingOn)
{
    /// <summary>The report as a <see cref="ModelException"/> (the CLI maps it to a non-zero exit code).</summary>
    public ModelException ToException() =>
        new(Component, $"{Kind} at t={Time.Ticks} (step {StepSize.Ticks} ticks): {Reason}", Messages);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind}: component '{Component}' at t={Time.Ticks} (step {StepSize.Ticks} ticks): {Reason}"
        + (WaitingOn.Count > 0 ? $"; waiting on: {string.Join(", ", WaitingOn)}" : string.Empty)
        + (Messages.Count > 0 ? $"; messages: {string.Join(" | ", Messages)}" : string.Empty);
}
