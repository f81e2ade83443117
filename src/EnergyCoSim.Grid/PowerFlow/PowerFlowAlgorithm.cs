namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Power-flow algorithm.</summary>
public enum PowerFlowAlgorithm
{
    /// <summary>Polar Newton–Raphson on the power mismatch (general, meshed or radial).</summary>
    NewtonRaphson,

    /// <summary>Backward/forward sweep (ladder iteration) for radial networks with PQ buses only.</summary>
    BackwardForwardSweep,

    /// <summary>Linear DC power flow (lossless, |V| = 1, angles only).</summary>
    Dc,
}
