using EnergyCoSim.Agents.Tariffs;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Grid.Topology;
using EnergyCoSim.Market.Configuration;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Simulation.Building;

/// <summary>A scenario turned into validated domain objects, ready to build environments from.</summary>
public sealed record CompiledScenario
{
    /// <summary>The source document.</summary>
    public required ScenarioDocument Document { get; init; }

    /// <summary>The scenario's stream family.</summary>
    public required RandomStreams Streams { get; init; }

    /// <summary>Market rules.</summary>
    public required MarketConfig Market { get; init; }

    /// <summary>Agents in file order.</summary>
    public required IReadOnlyList<CompiledAgent> Agents { get; init; }

    /// <summary>Grid graph kind.</summary>
    public required GridTopologyKind TopologyKind { get; init; }

    /// <summary>Nodes of procedural topologies.</summary>
    public required int NodeCount { get; init; }

    /// <summary>Grid transfer capacity, kW.</summary>
    public required double GridCapacityKW { get; init; }

    /// <summary>Seed of edge weights and initial flows.</summary>
    public required ulong GridSeed { get; init; }

    /// <summary>Feed-in tariff source.</summary>
    public required TariffSource FeedInSource { get; init; }

    /// <summary>Utility price source.</summary>
    public required TariffSource UtilitySource { get; init; }

    /// <summary>Tariff generator in the market's price range.</summary>
    public required DsoTariffGenerator TariffGenerator { get; init; }

    /// <summary>DSO intervention settings.</summary>
    public required DsoInterventionSettings Intervention { get; init; }

    /// <summary>Length of one market interval.</summary>
    public required TimeSpan MarketInterval { get; init; }
}
