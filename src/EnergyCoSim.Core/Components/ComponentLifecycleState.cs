namespace EnergyCoSim.Core.Components;

/// <summary>Lifecycle states shared by every component implementation (FMI's state machine, simplified).</summary>
public enum ComponentLifecycleState
{
    /// <summary>Created, experiment not yet set up.</summary>
    Instantiated,

    /// <summary>Experiment set up; parameters may be set.</summary>
    SetUp,

    /// <summary>In initialisation mode.</summary>
    Initializing,

    /// <summary>Ready to step.</summary>
    Stepping,

    /// <summary>Terminated; only getters allowed.</summary>
    Terminated,

    /// <summary>Failed; only getters and dispose allowed.</summary>
    Failed,

    /// <summary>Released.</summary>
    Disposed,
}
