namespace EnergyCoSim.Simulation.Analytics;

/// <summary>Episode-level market metrics (spec §9.4): prices in USD/MWh, energy in kWh, money in USD.</summary>
public sealed record MarketMetrics
{
    /// <summary>Σ trade values, USD.</summary>
    public double SocialWelfare { get; init; }

    /// <summary>Half of the total surplus, USD.</summary>
    public double ConsumerSurplus { get; init; }

    /// <summary>Half of the total surplus, USD.</summary>
    public double ProducerSurplus { get; init; }

    /// <summary>Σ value − mean price · Σ quantity, floored at 0, USD.</summary>
    public double TotalSurplus { get; init; }

    /// <summary>Unweighted mean trade price, USD/MWh.</summary>
    public double AverageClearingPrice { get; init; }

    /// <summary>std/mean of trade prices.</summary>
    public double PriceVolatility { get; init; }

    /// <summary>Trend of trade prices in matching order.</summary>
    public double PriceTrend { get; init; }

    /// <summary>1 − n · mean |share − 1/n| of trade sizes.</summary>
    public double AllocationEfficiency { get; init; }

    /// <summary>1 − var/mean² of trade prices.</summary>
    public double PriceDiscoveryEfficiency { get; init; }

    /// <summary>Σ quantity, kWh.</summary>
    public double TotalTradingVolume { get; init; }

    /// <summary>Number of trades.</summary>
    public int TransactionCount { get; init; }

    /// <summary>Mean trade size, kWh.</summary>
    public double AverageTradeSize { get; init; }

    /// <summary>Herfindahl index of participants' volume shares (each trade counted for both sides).</summary>
    public double MarketConcentration { get; init; }

    /// <summary>Gini coefficient of participants' traded value.</summary>
    public double WelfareDistributionGini { get; init; }

    /// <summary>1 − mean relative deviation of trade prices from their mean.</summary>
    public double PriceFairnessIndex { get; init; }

    /// <summary>Σ P2P / Σ all, over steps.</summary>
    public double P2PTradeRatio { get; init; }

    /// <summary>Σ DSO / Σ all (1 when nothing traded).</summary>
    public double DsoDependencyRatio { get; init; }

    /// <summary>1 / (1 + std/mean of per-step clearing prices).</summary>
    public double MarketLiquidity { get; init; }

    /// <summary>Trend of per-step volume.</summary>
    public double VolumeTrend { get; init; }

    /// <summary>Trend of volume per unit price.</summary>
    public double EfficiencyTrend { get; init; }

    /// <summary>Mean reward per agent.</summary>
    public IReadOnlyDictionary<string, double> AverageAgentRewards { get; init; } = new Dictionary<string, double>();

    /// <summary>Trades each participant (DSO included) took part in.</summary>
    public IReadOnlyDictionary<string, int> TradingFrequencyByAgent { get; init; } = new Dictionary<string, int>();
}
