namespace EnergyCoSim.Simulation.Analytics;

/// <summary>Episode-level grid metrics (spec §9.3), with the per-step series MARLEM declared but never filled.</summary>
public sealed record GridMetrics
{
    /// <summary>1 − mean |balance| / capacity, floored at 0.</summary>
    public double SupplyDemandBalance { get; init; }

    /// <summary>Mean per-step congestion, 0–1.</summary>
    public double AverageCongestionLevel { get; init; }

    /// <summary>Mean of balance, 1 − congestion and price steadiness.</summary>
    public double GridStabilityIndex { get; init; }

    /// <summary>Σ transmission losses of all trades, kWh.</summary>
    public double TransmissionLosses { get; init; }

    /// <summary>Losses / Σ traded quantity.</summary>
    public double TransmissionLossRatio { get; init; }

    /// <summary>Σ P2P / Σ all traded energy.</summary>
    public double GridUtilizationEfficiency { get; init; }

    /// <summary>Mean / max per-step volume.</summary>
    public double LoadFactor { get; init; }

    /// <summary>Σ edge flow / Σ edge capacity at the end of the episode.</summary>
    public double CapacityUtilization { get; init; }

    /// <summary>Trend of the per-step balance score.</summary>
    public double StabilityTrend { get; init; }

    /// <summary>Minus the trend of congestion (positive: congestion falling).</summary>
    public double CongestionTrend { get; init; }

    /// <summary>Trend of the P2P ratio.</summary>
    public double EfficiencyTrend { get; init; }

    /// <summary>Grid balance per step, kWh.</summary>
    public IReadOnlyList<double> GridBalanceOverTime { get; init; } = [];

    /// <summary>Congestion per step, 0–1.</summary>
    public IReadOnlyList<double> GridCongestionOverTime { get; init; } = [];

    /// <summary>Balance score per step, 0–1.</summary>
    public IReadOnlyList<double> GridStabilityOverTime { get; init; } = [];

    /// <summary>P2P ratio per step, 0–1.</summary>
    public IReadOnlyList<double> GridUtilizationOverTime { get; init; } = [];
}
