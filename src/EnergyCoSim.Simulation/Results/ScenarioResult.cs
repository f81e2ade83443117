using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Results;

/// <summary>A whole scenario run: its episodes, the storage descriptors, the performance table and the §9 metric sets of the last episode.</summary>
public sealed record ScenarioResult
{
    /// <summary>Scenario name.</summary>
    public required string Scenario { get; init; }

    /// <summary>Scenario seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Agent strategy used.</summary>
    public required string Strategy { get; init; }

    /// <summary>Grid capacity used for normalisation, kW.</summary>
    public required double GridCapacityKW { get; init; }

    /// <summary>Every episode in order.</summary>
    public required IReadOnlyList<EpisodeResult> Episodes { get; init; }

    /// <summary>Storage descriptors of the case study.</summary>
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

    /// <summary>Grid records of a market–grid coupled run (<c>cosim</c>); null for a market-only run.</summary>
    public GridCouplingResult? Coupling { get; init; }

    /// <summary>Scenario settings the report shows (mechanism, steps, agents, topology …), in display order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings { get; init; } = [];
}
