using EnergyCoSim.Agents.Prosumers;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Ledger;
using EnergyCoSim.Market.Matching;
using EnergyCoSim.Simulation.Analytics;
using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Simulation.Environments;

/// <summary>
/// The complete mutable state of a <see cref="LocalEnergyMarketEnvironment"/> at a step boundary, for rollback.
/// Immutable parts (scenario, tariffs, records) are shared, not copied.
/// </summary>
public sealed record EnvironmentSnapshot
{
    internal long Episode { get; init; }

    internal int Step { get; init; }

    internal bool Done { get; init; }

    internal DsoAgent Dso { get; init; } = null!;

    internal OrderMatcherSnapshot Matcher { get; init; } = null!;

    internal LedgerSnapshot? Ledger { get; init; }

    internal double[] Flows { get; init; } = [];

    internal ProsumerAgentSnapshot[] Agents { get; init; } = [];

    internal double[] Reputations { get; init; } = [];

    internal double[] PreviousPositions { get; init; } = [];

    internal RandomStreamState[] OrderStreams { get; init; } = [];

    internal RandomStreamState[] PartnerStreams { get; init; } = [];

    internal double[] ClearingPrices { get; init; } = [];

    internal double[] ClearingVolumes { get; init; } = [];

    internal MarketStepRecord[] MarketHistory { get; init; } = [];

    internal AgentStepRecord[] AgentHistory { get; init; } = [];

    internal double[][] Rewards { get; init; } = [];

    internal float[][] ReplayLog { get; init; } = [];

    /// <summary>Zero-based index of the next interval at the time of the snapshot.</summary>
    public int CurrentStep => Step;

    /// <summary>The episode of the snapshot.</summary>
    public long EpisodeIndex => Episode;
}
