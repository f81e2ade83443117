namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>Co-simulation algorithm settings: iteration cap and tolerance of the market–grid loop, run length, real time.</summary>
public sealed class AlgorithmSection
{
    /// <summary>Re-clearings allowed per interval.</summary>
    public int MaxIterations { get; init; } = 20;

    /// <summary>Change of a DSO limit (kW) below which the loop has converged.</summary>
    public double ToleranceKw { get; init; } = 0.01;

    /// <summary>Intervals to run (default: max_steps).</summary>
    public int? Steps { get; init; }

    /// <summary>Real-time factor (simulated seconds per wall second); null runs as fast as possible.</summary>
    public double? RealtimeFactor { get; init; }
}
