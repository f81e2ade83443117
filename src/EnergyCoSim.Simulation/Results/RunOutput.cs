namespace EnergyCoSim.Simulation.Results;

/// <summary>A run directory read back: its root summary and every scenario result in run order.</summary>
/// <param name="Summary">The root summary.</param>
/// <param name="Scenarios">Scenario results in the summary's order.</param>
public sealed record RunOutput(RunSummary Summary, IReadOnlyList<ScenarioResult> Scenarios);
