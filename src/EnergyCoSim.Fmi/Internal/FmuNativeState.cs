using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>An FMU state (fmi2FMUstate / fmi3FMUState) owned by one instance; disposing frees it in the FMU.</summary>
internal sealed class FmuNativeState : ComponentState
{
    public FmuNativeState(FmuInstance owner, nint pointer)
        : base(owner.Name)
    {
        Owner = owner;
        Pointer = pointer;
    }

    public FmuInstance Owner { get; }

    public nint Pointer { get; private set; }

    protected override void Dispose(bool disposing)
    {
        if (Pointer != 0)
        {
            Owner.FreeNativeState(Pointer);
            Pointer = 0;
        }

        base.Dispose(disposing);
    }
}
