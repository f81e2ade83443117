namespace EnergyCoSim.Simulation.Analytics;

/// <summary>The ten per-step implicit-cooperation KPIs (spec §7). Social welfare in USD, liquidity in kWh, spread in USD/MWh.</summary>
public sealed record CooperationKpis
{
    /// <summary>Σ trade values of the step, USD.</summary>
    public double SocialWelfare { get; init; }

    /// <summary>Σ |quantity| of the step's trades, kWh.</summary>
    public double MarketLiquidity { get; init; }

    /// <summary>Mean buy-order price − mean sell-order price, USD/MWh.</summary>
    public double AverageBidAskSpread { get; init; }

    /// <summary>Population std of the positive clearing prices so far, USD/MWh.</summary>
    public double PriceVolatility { get; init; }

    /// <summary>min(1, |Σq| / capacity).</summary>
    public double SupplyDemandImbalance { get; init; }

    /// <summary>Mean edge congestion, 0–1.</summary>
    public double GridCongestion { get; init; }

    /// <summary>clip(1 − |Σq| / capacity, 0, 1).</summary>
    public double CoordinationScore { get; init; }

    /// <summary>1 − coefficient of variation of the last three clearing volumes, floored at 0.</summary>
    public double CoordinationConvergence { get; init; }

    /// <summary>P2P share of the step's traded energy.</summary>
    public double DerSelfConsumption { get; init; }

    /// <summary>P2P volume / the agents' flexible energy (net surplus or deficit plus battery headroom).</summary>
    public double FlexibilityUtilization { get; init; }
}
