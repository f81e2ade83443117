namespace EnergyCoSim.Simulation.Results;

/// <summary>The case study's performance table for one scenario (prices USD/MWh, energy kWh).</summary>
public sealed record PerformanceSummary
{
    /// <summary>Σ over agents of the last step's reward in the last episode (the seed's "final reward").</summary>
    public double FinalReward { get; init; }

    /// <summary>Mean over steps of the per-step Σ over agents of rewards (the seed's "average reward").</summary>
    public double AverageReward { get; init; }

    /// <summary>Σ over agents and steps of rewards, averaged over episodes.</summary>
    public double EpisodeReward { get; init; }

    /// <summary>Mean per-step clearing price, USD/MWh.</summary>
    public double MeanClearingPrice { get; init; }

    /// <summary>Population std of per-step clearing prices, USD/MWh.</summary>
    public double ClearingPriceVolatility { get; init; }

    /// <summary>Σ P2P volume per episode, kWh.</summary>
    public double P2PVolumeKWh { get; init; }

    /// <summary>Σ DSO volume (bought + sold) per episode, kWh.</summary>
    public double DsoVolumeKWh { get; init; }

    /// <summary>P2P / (P2P + DSO).</summary>
    public double P2PRatio { get; init; }

    /// <summary>Mean |grid balance|, kWh.</summary>
    public double MeanAbsGridBalanceKWh { get; init; }

    /// <summary>Share of demand served locally (own generation, storage and P2P): 1 − (DSO imports + unserved demand) / demand, 0–1.</summary>
    public double SelfSufficiency { get; init; }
}
