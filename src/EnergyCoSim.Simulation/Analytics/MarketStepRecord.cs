using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Simulation.Analytics;

/// <summary>
/// What one market interval produced, as the analytics, CSV writers and figures need it (prices in USD/MWh,
/// energy in kWh). The environment builds one per step from the matcher's result.
/// </summary>
public sealed record MarketStepRecord
{
    /// <summary>Zero-based market interval index within the episode.</summary>
    public required int Step { get; init; }

    /// <summary>Volume-weighted price over all trades (DSO included); the DSO mid price when nothing traded.</summary>
    public required double ClearingPrice { get; init; }

    /// <summary>Σ quantity over all trades, kWh.</summary>
    public required double ClearingVolume { get; init; }

    /// <summary>Σ quantity of peer-to-peer trades, kWh.</summary>
    public required double P2PVolume { get; init; }

    /// <summary>Energy the DSO bought from agents (fallback and preference), kWh.</summary>
    public required double DsoBuyVolume { get; init; }

    /// <summary>Energy the DSO sold to agents (fallback and preference), kWh.</summary>
    public required double DsoSellVolume { get; init; }

    /// <summary>Net import from the DSO: sold − bought, kWh.</summary>
    public double DsoGridImport => DsoSellVolume - DsoBuyVolume;

    /// <summary>DSO bought + sold, kWh.</summary>
    public double DsoTotalVolume => DsoBuyVolume + DsoSellVolume;

    /// <summary>P2P share of all traded energy (0 when nothing traded).</summary>
    public double P2PRatio => P2PVolume + DsoTotalVolume > 0 ? P2PVolume / (P2PVolume + DsoTotalVolume) : 0;

    /// <summary>Grid balance after matching (every DSO trade included), kWh.</summary>
    public required double GridBalance { get; init; }

    /// <summary>Mean edge congestion after matching, 0–1.</summary>
    public required double GridCongestion { get; init; }

    /// <summary>Feed-in tariff of the interval, USD/MWh.</summary>
    public required double FeedInTariff { get; init; }

    /// <summary>Utility price of the interval, USD/MWh.</summary>
    public required double UtilityPrice { get; init; }

    /// <summary>Volume-weighted price of P2P trades (0 when none), USD/MWh.</summary>
    public required double LocalPriceAverage { get; init; }

    /// <summary>DSO mid price minus the local average price (0 when no P2P trade), USD/MWh.</summary>
    public required double LocalPriceAdvantage { get; init; }

    /// <summary>Orders that found no counterparty (always 0 with the DSO as unlimited fallback).</summary>
    public int UnmatchedOrders { get; init; }

    /// <summary>All trades of the interval in matching order.</summary>
    public required IReadOnlyList<Trade> Trades { get; init; }
}
