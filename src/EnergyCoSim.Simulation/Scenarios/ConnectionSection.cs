namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>A connection <c>component.variable</c> → <c>component.variable</c>; coupling direct, time_shifted or iterative.</summary>
public sealed class ConnectionSection
{
    /// <summary>Source output.</summary>
    public string From { get; init; } = string.Empty;

    /// <summary>Target input.</summary>
    public string To { get; init; } = string.Empty;

    /// <summary>direct (default), time_shifted or iterative.</summary>
    public string Coupling { get; init; } = "direct";

    /// <summary>Factor on the value (1 = a plain connection; otherwise a gain component is put in between).</summary>
    public double Gain { get; init; } = 1;
}
