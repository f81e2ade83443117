namespace EnergyCoSim.Fmi;

/// <summary>The model structure: outputs, continuous-state derivatives and initial unknowns with their dependencies.</summary>
/// <param name="Outputs">Output variables.</param>
/// <param name="Derivatives">Continuous-state derivatives.</param>
/// <param name="InitialUnknowns">Unknowns solved during initialisation.</param>
public sealed record FmiModelStructure(IReadOnlyList<FmiUnknown> Outputs, IReadOnlyList<FmiUnknown> Derivatives, IReadOnlyList<FmiUnknown> InitialUnknowns)
{
    /// <summary>An empty structure.</summary>
    public static FmiModelStructure Empty { get; } = new([], [], []);
}
