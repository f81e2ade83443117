namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>How a power-flow solve ended.</summary>
public enum PowerFlowStatus
{
    /// <summary>The mismatch norm fell below the tolerance.</summary>
    Converged,

    /// <summary>The iteration cap was reached without convergence.</summary>
    MaxIterationsReached,

    /// <summary>The mismatch grew beyond the divergence threshold or voltages left a physical range.</summary>
    Diverged,

    /// <summary>The Jacobian (or the linear system) had a zero pivot.</summary>
    Singular,

    /// <summary>The cancellation token fired.</summary>
    Cancelled,

    /// <summary>The network cannot be solved as given (zero-impedance branch, no energised bus, ...); see diagnostics.</summary>
    InvalidNetwork,

    /// <summary>The algorithm does not apply to this network (e.g. sweep on a meshed grid or with PV buses).</summary>
    NotApplicable,
}
