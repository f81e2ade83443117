namespace EnergyCoSim.FmuExport;

/// <summary>One exported scalar variable: name, value reference (unique across all types), causality and unit.</summary>
/// <param name="Name">Flat name, e.g. <c>coordinator.soc</c>.</param>
/// <param name="ValueReference">Value reference, unique across every type (FMI 3 requires it; FMI 2 allows it).</param>
/// <param name="Type">Base type.</param>
/// <param name="Causality">FMI causality: independent, parameter, input or output.</param>
/// <param name="Variability">FMI variability: fixed, discrete or continuous.</param>
/// <param name="Unit">Unit name declared in UnitDefinitions, or null.</param>
/// <param name="Start">Start value as written in the model description, or null (outputs, time).</param>
/// <param name="Description">One line for humans.</param>
public sealed record FmuVariable(
    string Name,
    uint ValueReference,
    FmuScalarType Type,
    string Causality,
    string Variability,
    string? Unit,
    string? Start,
    string Description);
