using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Simulation.Environment;

/// <summary>Options of a <see cref="LocalEnergyMarketEnvironment"/>.</summary>
public sealed record EnvironmentOptions
{
    /// <summary>Keep per-step market and agent records of the current episode (needed for results, figures and metrics).</summary>
    public bool RecordHistory { get; init; } = true;

    /// <summary>Builds the trade log for an episode (the hash-chain validator); null: no log.</summary>
    public Func<ITradeRecorder>? TradeRecorderFactory { get; init; }

    /// <summary>Defaults: history recorded, no trade log.</summary>
    public static EnvironmentOptions Default { get; } = new();
}
