namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Severity of a power-flow diagnostic.</summary>
public enum DiagnosticSeverity
{
    /// <summary>For information (e.g. which start was used).</summary>
    Info,

    /// <summary>The solve went ahead but part of the network was changed or left out.</summary>
    Warning,

    /// <summary>The solve could not be done or did not converge.</summary>
    Error,
}
