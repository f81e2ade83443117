namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>
/// The stop rules of an iterative solve, checked in order: cancellation, mismatch tolerance, divergence, iteration cap.
/// </summary>
/// <param name="MaxIterations">Iteration cap.</param>
/// <param name="Tolerance">Infinity norm of the P/Q mismatch at which the solve has converged, p.u.</param>
/// <param name="DivergenceThreshold">Mismatch norm (p.u.) above which the solve is declared divergent.</param>
internal readonly record struct StopCriteria(int MaxIterations, double Tolerance, double DivergenceThreshold)
{
    /// <summary>Null to continue, or the status that ends the solve.</summary>
    public PowerFlowStatus? Evaluate(int iteration, double norm, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return PowerFlowStatus.Cancelled;
        }

        if (norm <= Tolerance)
        {
            return PowerFlowStatus.Converged;
        }

        if (double.IsNaN(norm) || norm > DivergenceThreshold)
        {
            return PowerFlowStatus.Diverged;
        }

        return iteration >= MaxIterations ? PowerFlowStatus.MaxIterationsReached : null;
    }
}
