namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Allocation-free summary of one solve: status, iterations and the final mismatch norm (p.u.).</summary>
/// <param name="Status">How the solve ended.</param>
/// <param name="Iterations">Iterations taken (Newton steps or sweeps).</param>
/// <param name="MismatchNorm">Infinity norm of the P/Q mismatch, p.u. on the system base.</param>
public readonly record struct SolveOutcome(PowerFlowStatus Status, int Iterations, double MismatchNorm)
{
    /// <summary>True when the solve converged.</summary>
    public bool Converged => Status == PowerFlowStatus.Converged;
}
