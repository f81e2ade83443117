namespace EnergyCoSim.Core.Components;

/// <summary>A read-only view of a component, given to observers: its description and batched getters.</summary>
public interface IObservableComponent
{
    /// <summary>Instance name, unique within an execution.</summary>
    string Name { get; }

    /// <summary>Variables and capabilities.</summary>
    ComponentDescription Description { get; }

    /// <summary>Reads Real variables: <paramref name="values"/>[i] receives the value of <paramref name="references"/>[i].</summary>
    void GetReal(ReadOnlySpan<uint> references, Span<double> values);

    /// <summary>Reads Integer variables.</summary>
    void GetInteger(ReadOnlySpan<uint> references, Span<long> values);

    /// <summary>Reads Boolean variables.</summary>
    void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values);

    /// <summary>Reads String variables.</summary>
    void GetString(ReadOnlySpan<uint> references, Span<string> values);
}
