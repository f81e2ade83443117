namespace EnergyCoSim.Master;

/// <summary>Lifecycle of an <see cref="Execution"/>.</summary>
public enum ExecutionState
{
    /// <summary>Built; components not yet set up.</summary>
    Built,

    /// <summary>Components initialised; ready to step.</summary>
    Ready,

    /// <summary>Reached the stop time.</summary>
    Finished,

    /// <summary>A component failed; see the failure report.</summary>
    Failed,

    /// <summary>Components terminated.</summary>
    Terminated,

    /// <summary>Disposed with its components.</summary>
    Disposed,
}
