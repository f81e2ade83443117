namespace EnergyCoSim.Simulation.Analytics;

/// <summary>Episode-level DSO metrics (spec §9.2): volumes in kWh, prices in USD/MWh, money in USD.</summary>
public sealed record DsoMetrics
{
    /// <summary>Energy the DSO bought, kWh.</summary>
    public double DsoBuyVolume { get; init; }

    /// <summary>Energy the DSO sold, kWh.</summary>
    public double DsoSellVolume { get; init; }

    /// <summary>Bought + sold, kWh.</summary>
    public double DsoTotalVolume { get; init; }

    /// <summary>P2P volume, kWh.</summary>
    public double P2PVolume { get; init; }

    /// <summary>DSO share of all traded energy.</summary>
    public double DsoTradeRatio { get; init; }

    /// <summary>P2P share of all traded energy.</summary>
    public double P2PTradeRatio { get; init; }

    /// <summary>Mean positive feed-in tariff, USD/MWh.</summary>
    public double DsoBuyPriceAverage { get; init; }

    /// <summary>Mean positive utility price, USD/MWh.</summary>
    public double DsoSellPriceAverage { get; init; }

    /// <summary>Utility minus feed-in average, USD/MWh.</summary>
    public double PriceSpread { get; init; }

    /// <summary>Mean positive local (P2P) price, USD/MWh.</summary>
    public double LocalPriceAverage { get; init; }

    /// <summary>Mean per-step advantage of the local price over the DSO mid price, USD/MWh.</summary>
    public double LocalPriceAdvantage { get; init; }

    /// <summary>Σ (sold − bought) by the DSO, kWh.</summary>
    public double NetGridImport { get; init; }

    /// <summary>|net import| / all traded energy.</summary>
    public double GridImportRatio { get; init; }

    /// <summary>P2P share of all traded energy.</summary>
    public double SelfSufficiencyRatio { get; init; }

    /// <summary>DSO revenue minus purchase cost, USD.</summary>
    public double DsoProfit { get; init; }

    /// <summary>What P2P trades saved against the DSO mid price, USD.</summary>
    public double AvoidedDsoCost { get; init; }

    /// <summary>Σ advantage · P2P volume, USD.</summary>
    public double LocalTradingBenefit { get; init; }

    /// <summary>Mean per-step 1 − DSO share (1 for empty steps).</summary>
    public double DsoUtilizationEfficiency { get; init; }

    /// <summary>Mean per-step 1 − |balance| / capacity.</summary>
    public double MarketBalanceQuality { get; init; }

    /// <summary>Mean share of orders the fallback served (1 when nothing stays unmatched).</summary>
    public double FallbackEffectiveness { get; init; }
}
