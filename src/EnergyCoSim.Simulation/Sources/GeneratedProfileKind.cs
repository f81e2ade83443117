namespace EnergyCoSim.Simulation.Sources;

/// <summary>What a <see cref="GeneratedProfileComponent"/> produces.</summary>
public enum GeneratedProfileKind
{
    /// <summary>Solar-like generation (the agents' solar generator, spec §6.2).</summary>
    Solar,

    /// <summary>Residential demand (the agents' residential generator).</summary>
    Residential,

    /// <summary>Independent uniform draws in [min, max] kW per interval.</summary>
    Random,
}
