namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>One finding about the network or the solve, with a stable code (e.g. <c>island-without-slack</c>).</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">Stable machine-readable code.</param>
/// <param name="Message">Human-readable explanation naming the buses or branches involved.</param>
public sealed record PowerFlowDiagnostic(DiagnosticSeverity Severity, string Code, string Message);
