namespace EnergyCoSim.Core.Components;

/// <summary>
/// An opaque saved state of one component, valid only for the component that made it. Dispose it when it is no
/// longer needed (FMU states hold native memory).
/// </summary>
public abstract class ComponentState : IDisposable
{
    /// <summary>Creates a state owned by component <paramref name="ownerName"/>.</summary>
    protected ComponentState(string ownerName) => OwnerName = ownerName;

    /// <summary>Name of the component that made this state.</summary>
    public string OwnerName { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the state holds.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
