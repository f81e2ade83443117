namespace EnergyCoSim.Master;

/// <summary>An output of one component feeding an input of another, with its coupling settings.</summary>
/// <param name="Source">The output variable (causality Output).</param>
/// <param name="Target">The input variable (causality Input).</param>
/// <param name="Settings">Coupling kind, tolerance and iteration cap.</param>
public sealed record Connection(VariableAddress Source, VariableAddress Target, ConnectionSettings Settings)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source} → {Target}";
}
