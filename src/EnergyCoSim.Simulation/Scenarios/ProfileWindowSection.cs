namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>A multiplier applied to intervals whose hour of day h satisfies from_hour ≤ h ≤ to_hour.</summary>
public sealed class ProfileWindowSection
{
    /// <summary>First hour of the window (inclusive), in [0, 24].</summary>
    public double FromHour { get; init; }

    /// <summary>Last hour of the window (inclusive), in [0, 24].</summary>
    public double ToHour { get; init; }

    /// <summary>Multiplier inside the window, ≥ 0.</summary>
    public double Multiplier { get; init; } = 1.0;
}
