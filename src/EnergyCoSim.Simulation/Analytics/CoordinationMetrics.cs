namespace EnergyCoSim.Simulation.Analytics;

/// <summary>Episode-level coordination metrics (spec §9.1); all dimensionless, mostly in [0, 1].</summary>
public sealed record CoordinationMetrics
{
    /// <summary>Mean of the per-step balance scores and P2P ratios.</summary>
    public double CoordinationScore { get; init; }

    /// <summary>How much the variance of the combined score fell from the first to the last window.</summary>
    public double CoordinationConvergence { get; init; }

    /// <summary>Mean |correlation| of agents' reward series over all agent pairs.</summary>
    public double StrategyAlignment { get; init; }

    /// <summary>Mean P2P ratio plus its trend, clipped to [0, 1].</summary>
    public double EmergentEfficiency { get; init; }

    /// <summary>1 − coefficient of variation of all rewards, floored at 0.</summary>
    public double InformationEfficiency { get; init; }

    /// <summary>Σ P2P volume / Σ all volume.</summary>
    public double ResourceCoordinationIndex { get; init; }

    /// <summary>1 − mean |grid balance| / grid capacity, floored at 0.</summary>
    public double SupplyDemandCoordination { get; init; }

    /// <summary>Trend (slope · r) of the combined per-step score.</summary>
    public double CoordinationTrend { get; init; }

    /// <summary>1 − std/mean of the combined per-step score, floored at 0.</summary>
    public double CoordinationStability { get; init; }

    /// <summary>|correlation| between P2P ratio and balance score over steps that traded.</summary>
    public double SignalImpactScore { get; init; }

    /// <summary>Mean |correlation| between changes of each agent's reward and changes of the P2P ratio.</summary>
    public double AgentResponsiveness { get; init; }

    /// <summary>Level, trend and steadiness of a combined coordination indicator.</summary>
    public double EmergentCoordinationStrength { get; init; }

    /// <summary>Mean per-step balance score with |balance| under 10 % of capacity counting as 1.</summary>
    public double BatteryCoordinationEfficiency { get; init; }

    /// <summary>Load factor of the traded volume plus the trend of its rolling value.</summary>
    public double PeakReductionCoordination { get; init; }

    /// <summary>Mean of P2P ratio, balance score and volume efficiency per step.</summary>
    public double EnergyWasteReduction { get; init; }
}
