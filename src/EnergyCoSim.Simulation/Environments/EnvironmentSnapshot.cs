using EnergyCoSim.Agents.Prosumers;
using EnergyCoSim.Core.Collections;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Ledger;
using EnergyCoSim.Market.Matching;
using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Environments;

/// <summary>
/// The complete mutable state of a <see cref="LocalEnergyMarketEnvironment"/> at a step boundary, for rollback.
/// Immutable parts (scenario, tariffs, records) are shared, not copied; the per-step histories are append-only in
/// the environment and the snapshot holds only their marks, so its size does not grow with the episode.
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

    internal RollbackMark ClearingPrices { get; init; }

    internal RollbackMark ClearingVolumes { get; init; }

    internal RollbackMark MarketHistory { get; init; }

    internal RollbackMark AgentHistory { get; init; }

    internal RollbackMark[] Rewards { get; init; } = [];

    internal RollbackMark ReplayLog { get; init; }

    internal MarketStepRecord? LastRecord { get; init; }

    internal CooperationKpis? LastKpis { get; init; }

    /// <summary>Zero-based index of the next interval at the time of the snapshot.</summary>
    public int CurrentStep => Step;

    /// <summary>The episode of the snapshot.</summary>
    public long EpisodeIndex => Episode;
}
