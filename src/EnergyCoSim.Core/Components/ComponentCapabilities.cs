namespace EnergyCoSim.Core.Components;

/// <summary>What a component can do beyond plain stepping; master algorithms check these before relying on them.</summary>
/// <param name="CanSaveState">Save/restore of the full state (needed for rollback and iterative coupling).</param>
/// <param name="CanSerializeState">State can be turned into bytes (needed for checkpoint/restart).</param>
/// <param name="CanRejectStep">The component may answer a step with Rejected (e.g. an FMU discard).</param>
/// <param name="CanHandleVariableStep">Step sizes may change from one step to the next.</param>
public sealed record ComponentCapabilities(
    bool CanSaveState = false,
    bool CanSerializeState = false,
    bool CanRejectStep = false,
    bool CanHandleVariableStep = true)
{
    /// <summary>A component that can do everything (managed components of this project).</summary>
    public static ComponentCapabilities Full { get; } = new(true, true, true, true);
}
