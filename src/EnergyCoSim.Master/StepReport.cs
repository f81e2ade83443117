using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Master;

/// <summary>What happened in one accepted (or failed) macro step.</summary>
/// <param name="StepNumber">1-based index of the macro step.</param>
/// <param name="Time">Start of the step.</param>
/// <param name="StepSize">Accepted step size.</param>
/// <param name="Iterations">Sweeps needed at this time point (1 without iterative connections).</param>
/// <param name="Converged">False when an iterative connection hit its cap without meeting its tolerance.</param>
/// <param name="NonConvergedConnections">The connections that did not converge, with their last change.</param>
/// <param name="RejectedAttempts">Attempts rejected (and rolled back) before this step was accepted.</param>
/// <param name="ErrorEstimate">Variable step: the accepted step's error (≤ 1 unless at the minimum step); 0 otherwise.</param>
/// <param name="Failure">Set when the step failed; the execution then stops.</param>
public sealed record StepReport(
    long StepNumber,
    SimulationTime Time,
    SimulationDuration StepSize,
    int Iterations,
    bool Converged,
    IReadOnlyList<string> NonConvergedConnections,
    int RejectedAttempts,
    double ErrorEstimate,
    FailureReport? Failure)
{
    /// <summary>End of the step.</summary>
    public SimulationTime EndTime => Time + StepSize;
}
