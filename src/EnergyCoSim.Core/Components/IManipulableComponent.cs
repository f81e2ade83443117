namespace EnergyCoSim.Core.Components;

/// <summary>A write view of a component, given to manipulators (scheduled events, overrides) and to the master for inputs.</summary>
public interface IManipulableComponent : IObservableComponent
{
    /// <summary>Writes Real variables.</summary>
    void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values);

    /// <summary>Writes Integer variables.</summary>
    void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values);

    /// <summary>Writes Boolean variables.</summary>
    void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values);

    /// <summary>Writes String variables.</summary>
    void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values);
}
