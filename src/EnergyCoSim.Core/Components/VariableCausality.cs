namespace EnergyCoSim.Core.Components;

/// <summary>Role of a variable, with FMI's meaning.</summary>
public enum VariableCausality
{
    /// <summary>Set before initialisation (tunable parameters may change later).</summary>
    Parameter,

    /// <summary>Computed from parameters during initialisation.</summary>
    CalculatedParameter,

    /// <summary>Set from outside at every step.</summary>
    Input,

    /// <summary>Read from outside at every step.</summary>
    Output,

    /// <summary>Internal, readable for observation.</summary>
    Local,

    /// <summary>The independent variable (time).</summary>
    Independent,

    /// <summary>A parameter that changes the structure (array sizes); FMI 3 only.</summary>
    StructuralParameter,
}
