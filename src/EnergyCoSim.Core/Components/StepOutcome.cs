namespace EnergyCoSim.Core.Components;

/// <summary>How a component step ended.</summary>
public enum StepOutcome
{
    /// <summary>The step reached its end time.</summary>
    Accepted,

    /// <summary>The step could not be completed as asked (e.g. FMU discard); the master may retry smaller or roll back.</summary>
    Rejected,

    /// <summary>The component failed and cannot continue.</summary>
    Failed,
}
