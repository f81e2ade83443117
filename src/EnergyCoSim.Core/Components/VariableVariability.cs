namespace EnergyCoSim.Core.Components;

/// <summary>When a variable's value may change, with FMI's meaning.</summary>
public enum VariableVariability
{
    /// <summary>Never changes.</summary>
    Constant,

    /// <summary>Fixed after initialisation.</summary>
    Fixed,

    /// <summary>Changes only at events, through the importer.</summary>
    Tunable,

    /// <summary>Changes only at communication points or events.</summary>
    Discrete,

    /// <summary>May change at any time.</summary>
    Continuous,
}
