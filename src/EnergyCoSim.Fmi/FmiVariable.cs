using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Fmi;

/// <summary>A variable of a model description, as declared (FMI 2 ScalarVariable or FMI 3 typed variable).</summary>
/// <param name="Name">Variable name.</param>
/// <param name="ValueReference">Value reference passed to get/set calls.</param>
/// <param name="Type">Declared FMI type.</param>
/// <param name="Causality">Role of the variable.</param>
/// <param name="Variability">When it may change.</param>
/// <param name="Initial">The <c>initial</c> attribute, when declared.</param>
/// <param name="Start">The start value as written in the XML (space-separated for FMI 3 arrays), if any.</param>
/// <param name="Unit">Unit, from the variable or its declared type.</param>
/// <param name="Description">Description, if any.</param>
public sealed record FmiVariable(
    string Name,
    uint ValueReference,
    FmiType Type,
    VariableCausality Causality,
    VariableVariability Variability,
    FmiInitial? Initial,
    string? Start,
    string? Unit,
    string? Description)
{
    /// <summary>1-based position in ModelVariables (what FMI 2 ModelStructure indices refer to).</summary>
    public int Index { get; init; }

    /// <summary>Lower bound, if declared (from the variable or its declared type).</summary>
    public double? Min { get; init; }

    /// <summary>Upper bound, if declared.</summary>
    public double? Max { get; init; }

    /// <summary>Name of the declared type, if any.</summary>
    public string? DeclaredType { get; init; }

    /// <summary>FMI 3 array dimensions; empty for scalars.</summary>
    public IReadOnlyList<FmiDimension> Dimensions { get; init; } = [];
}
