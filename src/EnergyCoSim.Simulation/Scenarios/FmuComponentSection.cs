namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>
/// An FMU instance in a co-simulation (<c>cosim.fmus[]</c>): the archive (a path relative to the scenario file, or a
/// project-shipped model name such as Battery), its parameters, and the bus it injects into.
/// </summary>
public sealed class FmuComponentSection
{
    /// <summary>Instance name (unique; not market, grid or dso).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Path of an .fmu relative to the scenario file, or the name of a project-shipped FMU (Battery, Household).</summary>
    public string Fmu { get; init; } = string.Empty;

    /// <summary>FMI version of a project-shipped FMU: 2 or 3 (ignored for a path).</summary>
    public int FmiVersion { get; init; } = 2;

    /// <summary>Feeder bus the FMU injects into (or give <see cref="Agent"/>).</summary>
    public int? Bus { get; init; }

    /// <summary>Agent whose bus the FMU injects into (instead of <see cref="Bus"/>).</summary>
    public string? Agent { get; init; }

    /// <summary>Parameter and start values set before initialisation, by variable name.</summary>
    public Dictionary<string, double> Parameters { get; init; } = [];

    /// <summary>The output added to the bus's injection and its gain (−1 for a load-convention output such as a battery's charging power).</summary>
    public FmuInjectionSection? Injection { get; init; }
}
