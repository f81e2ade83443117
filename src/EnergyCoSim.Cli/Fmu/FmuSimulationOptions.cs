namespace EnergyCoSim.Cli.Fmu;

/// <summary>What <c>fmu simulate</c> was asked to do.</summary>
/// <param name="File">The .fmu file.</param>
/// <param name="Start">Start time in seconds, or null for the default experiment.</param>
/// <param name="Stop">Stop time in seconds.</param>
/// <param name="Step">Communication step size in seconds.</param>
/// <param name="Assignments">name=value pairs applied before initialisation.</param>
internal sealed record FmuSimulationOptions(string File, double? Start, double Stop, double Step, IReadOnlyList<string> Assignments);
