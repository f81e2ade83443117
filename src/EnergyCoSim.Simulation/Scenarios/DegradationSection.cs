namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>Capacity fade: per equivalent full cycle and per calendar day, as fractions of nominal capacity.</summary>
public sealed class DegradationSection
{
    /// <summary>Fraction of nominal capacity lost per equivalent full cycle, in [0, 0.01].</summary>
    public double FadePerCycle { get; init; }

    /// <summary>Fraction of nominal capacity lost per calendar day, in [0, 0.01].</summary>
    public double FadePerDay { get; init; }
}
