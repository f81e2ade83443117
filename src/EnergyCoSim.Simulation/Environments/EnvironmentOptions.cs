using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Simulation.Environments;

/// <summary>Options of a <see cref="LocalEnergyMarketEnvironment"/>.</summary>
public sealed record EnvironmentOptions
{
    /// <summary>Keep per-step market and agent records of the current episode (needed for results, figures and metrics).</summary>
    public bool RecordHistory { get; init; } = true;

    /// <summary>Builds the trade recorder of an episode; null: the scenario's hash-chain ledger (market.ledger).</summary>
    public Func<ITradeRecorder>? TradeRecorderFactory { get; init; }

    /// <summary>
    /// Share each ledger nonce search with a thread-pool helper: the same blocks, mined in about half the time when a
    /// second core is idle (a lockstep client waiting on the step, one sampling worker). On by default.
    /// </summary>
    public bool ParallelLedgerMining { get; init; } = true;

    /// <summary>
    /// Apply the distance rule's transmission losses to P2P trades (market.loss_factor per km). A run coupled to a power
    /// flow switches it off: the physical losses then come from the power flow and are supplied through the slack (the DSO).
    /// </summary>
    public bool DistanceLosses { get; init; } = true;

    /// <summary>Defaults: history recorded, the scenario's trade log.</summary>
    public static EnvironmentOptions Default { get; } = new();
}
