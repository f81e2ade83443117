using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Core.Components;

/// <summary>
/// A co-simulation component (an FMU instance, the market, the power flow, a remote solver).
/// Call order: <see cref="Setup"/> → set parameters and start values → <see cref="EnterInitialization"/> →
/// <see cref="ExitInitialization"/> → (set inputs → <see cref="StepAsync"/> → get outputs)* → <see cref="Terminate"/>
/// → <see cref="IDisposable.Dispose"/>. A call out of order throws <see cref="Errors.InvalidStateException"/>.
/// </summary>
public interface ICoSimComponent : IManipulableComponent, IDisposable
{
    /// <summary>Declares the experiment: start time, optional stop time and relative tolerance.</summary>
    void Setup(SimulationTime startTime, SimulationTime? stopTime, TimeResolution resolution);

    /// <summary>Enters initialisation mode (parameters and initial inputs may be set).</summary>
    void EnterInitialization();

    /// <summary>Leaves initialisation mode; the component is ready to step.</summary>
    void ExitInitialization();

    /// <summary>Advances from <paramref name="currentTime"/> by <paramref name="stepSize"/>.</summary>
    ValueTask<StepResult> StepAsync(SimulationTime currentTime, SimulationDuration stepSize, CancellationToken cancellationToken);

    /// <summary>Ends the simulation run; only getters remain allowed.</summary>
    void Terminate();

    /// <summary>Saves the complete state (requires <see cref="ComponentCapabilities.CanSaveState"/>).</summary>
    ComponentState SaveState();

    /// <summary>Restores a state made by <see cref="SaveState"/> of this same component.</summary>
    void RestoreState(ComponentState state);

    /// <summary>Serialises a saved state to bytes (requires <see cref="ComponentCapabilities.CanSerializeState"/>).</summary>
    byte[] SerializeState(ComponentState state);

    /// <summary>Rebuilds a state from bytes made by <see cref="SerializeState"/>.</summary>
    ComponentState DeserializeState(ReadOnlySpan<byte> data);
}
