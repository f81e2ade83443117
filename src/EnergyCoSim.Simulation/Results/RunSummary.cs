namespace EnergyCoSim.Simulation.Results;

/// <summary>The run root's <c>summary.json</c>: every scenario's headline numbers, the ranking, version and machine.</summary>
public sealed record RunSummary
{
    /// <summary>Format version of the run directory.</summary>
    public int FormatVersion { get; init; } = 1;

    /// <summary>EnergyCoSim informational version that wrote the run.</summary>
    public required string EnergyCoSimVersion { get; init; }

    /// <summary>Machine description (OS, cores, runtime).</summary>
    public required string Machine { get; init; }

    /// <summary>Scenario folder names in run order.</summary>
    public required IReadOnlyList<string> Scenarios { get; init; }

    /// <summary>Scenario names by final reward, best first (ties by name).</summary>
    public required IReadOnlyList<string> Ranking { get; init; }

    /// <summary>Per-scenario performance tables, keyed by scenario name.</summary>
    public required IReadOnlyDictionary<string, PerformanceSummary> Performance { get; init; }
}
