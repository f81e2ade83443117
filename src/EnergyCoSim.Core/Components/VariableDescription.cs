namespace EnergyCoSim.Core.Components;

/// <summary>A variable a component exposes: reference, name, type, causality, variability, unit and start value.</summary>
/// <param name="Reference">Value reference used in batched get/set calls (unique per type within a component).</param>
/// <param name="Name">Unique name within the component (e.g. <c>agent_1.soc</c>).</param>
/// <param name="Type">Value type.</param>
/// <param name="Causality">Role (input, output, parameter, ...).</param>
/// <param name="Variability">When the value may change.</param>
/// <param name="Unit">Unit symbol (<c>kW</c>, <c>kWh</c>, <c>USD/MWh</c>, <c>pu</c>), or null when dimensionless.</param>
/// <param name="Description">One line for humans.</param>
public sealed record VariableDescription(
    uint Reference,
    string Name,
    VariableType Type,
    VariableCausality Causality,
    VariableVariability Variability = VariableVariability.Continuous,
    string? Unit = null,
    string? Description = null)
{
    /// <summary>Start value for Real variables, if declared.</summary>
    public double? StartReal { get; init; }

    /// <summary>Start value for Integer variables, if declared.</summary>
    public long? StartInteger { get; init; }

    /// <summary>Start value for Boolean variables, if declared.</summary>
    public bool? StartBoolean { get; init; }

    /// <summary>Start value for String variables, if declared.</summary>
    public string? StartString { get; init; }

    /// <summary>Lower bound, if declared.</summary>
    public double? Min { get; init; }

    /// <summary>Upper bound, if declared.</summary>
    public double? Max { get; init; }
}
