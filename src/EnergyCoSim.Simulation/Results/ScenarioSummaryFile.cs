using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Results;

/// <summary>The contents of a scenario's <c>summary.json</c>: everything of a <see cref="ScenarioResult"/> except the step records.</summary>
public sealed record ScenarioSummaryFile
{
    /// <summary>Format version of the run directory.</summary>
    public int FormatVersion { get; init; } = 1;

    /// <summary>Scenario name.</summary>
    public required string Scenario { get; init; }

    /// <summary>Scenario seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Agent strategy.</summary>
    public required string Strategy { get; init; }

    /// <summary>Grid capacity used for normalisation, kW.</summary>
    public required double GridCapacityKw { get; init; }

    /// <summary>Number of episodes in the CSV files.</summary>
    public required int Episodes { get; init; }

    /// <summary>Scenario settings in display order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings { get; init; } = [];

    /// <summary>Storage descriptors.</summary>
    public required StorageDescriptors Storage { get; init; }

    /// <summary>Performance table.</summary>
    public required PerformanceSummary Performance { get; init; }

    /// <summary>Coordination metrics of the last episode.</summary>
    public required CoordinationMetrics Coordination { get; init; }

    /// <summary>DSO metrics of the last episode.</summary>
    public required DsoMetrics Dso { get; init; }

    /// <summary>Grid metrics of the last episode.</summary>
    public required GridMetrics Grid { get; init; }

    /// <summary>Market metrics of the last episode.</summary>
    public required MarketMetrics Market { get; init; }
}
