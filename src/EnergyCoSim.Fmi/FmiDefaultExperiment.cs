namespace EnergyCoSim.Fmi;

/// <summary>The experiment the FMU suggests (all optional), in seconds.</summary>
/// <param name="StartTime">Start time.</param>
/// <param name="StopTime">Stop time.</param>
/// <param name="Tolerance">Relative tolerance.</param>
/// <param name="StepSize">Suggested communication step size.</param>
public sealed record FmiDefaultExperiment(double? StartTime, double? StopTime, double? Tolerance, double? StepSize);
