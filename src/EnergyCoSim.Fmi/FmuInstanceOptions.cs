namespace EnergyCoSim.Fmi;

/// <summary>How an FMU instance is created.</summary>
/// <param name="LoggingOn">Ask the FMU to log its debug categories too (warnings and errors are always routed).</param>
/// <param name="Visible">Let tool-coupled FMUs show a window.</param>
/// <param name="EventModeUsed">FMI 3: handle events in event mode (only when the FMU declares hasEventMode).</param>
/// <param name="EarlyReturnAllowed">FMI 3: let the FMU return early from DoStep at an internal event.</param>
public sealed record FmuInstanceOptions(bool LoggingOn = false, bool Visible = false, bool EventModeUsed = false, bool EarlyReturnAllowed = false)
{
    /// <summary>Defaults: no debug logging, no event mode, no early return.</summary>
    public static FmuInstanceOptions Default { get; } = new();
}
