namespace EnergyCoSim.Master;

/// <summary>Why an execution stopped before its stop time.</summary>
public enum FailureKind
{
    /// <summary>A component answered a step with Failed.</summary>
    ComponentFailed,

    /// <summary>A component threw from a call.</summary>
    ComponentThrew,

    /// <summary>A component rejected a step the algorithm cannot retry (fixed step, or already at the minimum step).</summary>
    StepRejected,

    /// <summary>A step exceeded its wall-clock budget; the components still stepping are named.</summary>
    WatchdogTimeout,

    /// <summary>A strict real-time deadline was missed.</summary>
    DeadlineMissed,
}
