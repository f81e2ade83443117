using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Fmi.Internal;

namespace EnergyCoSim.Fmi;

/// <summary>FMU state get/set/free and serialisation, the basis of rollback in the master.</summary>
public abstract partial class FmuInstance
{
    /// <inheritdoc />
    public ComponentState SaveState()
    {
        RequireStateCapability(nameof(SaveState), ModelDescription.CoSimulation.CanGetAndSetFmuState);
        return new FmuNativeState(this, GetStateCore());
    }

    /// <inheritdoc />
    public void RestoreState(ComponentState state)
    {
        RequireStateCapability(nameof(RestoreState), ModelDescription.CoSimulation.CanGetAndSetFmuState);
        SetStateCore(Own(state).Pointer);
        _stepFailed = false;
        if (Lifecycle.State == ComponentLifecycleState.Failed)
        {
            // FMI 2 and 3 allow leaving the error state by restoring a state saved before the error.
            Lifecycle.Force(ComponentLifecycleState.Stepping);
        }
    }

    /// <inheritdoc />
    public byte[] SerializeState(ComponentState state)
    {
        RequireStateCapability(nameof(SerializeState), ModelDescription.CoSimulation.CanSerializeFmuState);
        return SerializeCore(Own(state).Pointer);
    }

    /// <inheritdoc />
    public ComponentState DeserializeState(ReadOnlySpan<byte> data)
    {
        RequireStateCapability(nameof(DeserializeState), ModelDescription.CoSimulation.CanSerializeFmuState);
        return new FmuNativeState(this, DeserializeCore(data));
    }

    private FmuNativeState Own(ComponentState state)
    {
        if (state is not FmuNativeState native || !ReferenceEquals(native.Owner, this))
        {
            throw new ValidationException("state", state.OwnerName, $"was not saved by FMU instance {Name}");
        }

        ObjectDisposedException.ThrowIf(native.Pointer == 0, state);
        return native;
    }

    private void RequireStateCapability(string operation, bool capable)
    {
        if (!capable)
        {
            throw new InvalidStateException(Name, operation, "not supported by this FMU", "FMUs declaring canGetAndSetFMUstate/canSerializeFMUstate");
        }

        RequireNotFatal(operation);
        Lifecycle.Require(operation, ComponentLifecycleState.Initializing, ComponentLifecycleState.Stepping, ComponentLifecycleState.Terminated,
            ComponentLifecycleState.Failed);
    }

    internal void FreeNativeState(nint pointer)
    {
        if (!_disposed && !Fatal)
        {
            FreeStateCore(pointer);
        }
    }
}
