using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Master;

/// <summary>The end-of-run report: where the run got to, coupling and step-control statistics, deadlines and any failure.</summary>
/// <param name="EndTime">Master time reached.</param>
/// <param name="Steps">Accepted macro steps.</param>
/// <param name="TotalIterations">Sweeps over all steps (equals Steps without iterative connections).</param>
/// <param name="NonConvergedSteps">Steps at which an iterative connection hit its cap.</param>
/// <param name="RejectedAttempts">Rolled-back attempts of the variable-step controller.</param>
/// <param name="Deadlines">Real-time statistics; null when not paced.</param>
/// <param name="Failure">Why the run stopped early; null when it reached its stop time.</param>
public sealed record ExecutionReport(
    SimulationTime EndTime,
    long Steps,
    long TotalIterations,
    long NonConvergedSteps,
    long RejectedAttempts,
    DeadlineStatistics? Deadlines,
    FailureReport? Failure)
{
    /// <summary>True when no component failed.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>Throws the failure as a <see cref="Core.Errors.ModelException"/> (CLI exit code 6) when there is one.</summary>
    public void ThrowIfFailed()
    {
        if (Failure is not null)
        {
            throw Failure.ToException();
        }
    }
}
