namespace EnergyCoSim.Fmi;

/// <summary>The parsed <c>modelDescription.xml</c> of an FMU (FMI 2.0 or 3.0), co-simulation view.</summary>
/// <param name="Version">FMI version.</param>
/// <param name="FmiVersionText">The <c>fmiVersion</c> attribute as written.</param>
/// <param name="ModelName">Model name.</param>
/// <param name="InstantiationToken">FMI 2 <c>guid</c> or FMI 3 <c>instantiationToken</c>.</param>
/// <param name="CoSimulation">Co-simulation binary name and capability flags.</param>
/// <param name="Variables">All variables in declaration order.</param>
/// <param name="ModelStructure">Outputs, derivatives and initial unknowns.</param>
/// <param name="DefaultExperiment">Suggested experiment, if declared.</param>
public sealed record FmiModelDescription(
    FmiVersion Version,
    string FmiVersionText,
    string ModelName,
    string InstantiationToken,
    FmiCoSimulationCapabilities CoSimulation,
    IReadOnlyList<FmiVariable> Variables,
    FmiModelStructure ModelStructure,
    FmiDefaultExperiment? DefaultExperiment)
{
    /// <summary>Description of the model, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Tool that generated the FMU, if given.</summary>
    public string? GenerationTool { get; init; }

    /// <summary>Declared units by name.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>Log categories the FMU declares.</summary>
    public IReadOnlyList<string> LogCategories { get; init; } = [];
}
