using static EnergyCoSim.Simulation.Analytics.SeriesStatistics;

namespace EnergyCoSim.Simulation.Analytics;

/// <summary>Computes <see cref="GridMetrics"/> (spec §9.3) and fills the per-step series.</summary>
public static class GridMetricsCalculator
{
    /// <summary>Metrics for one episode; <paramref name="capacityUtilization"/> is Σflow/Σcapacity of the topology at the end.</summary>
    public static GridMetrics Compute(IReadOnlyList<MarketStepRecord> history, double gridCapacityKW, double capacityUtilization, int window = 2)
    {
        if (history.Count == 0)
        {
            return new GridMetrics { CapacityUtilization = capacityUtilization };
        }

        var bal = history.Select(h => Math.Max(0, 1 - (Math.Abs(h.GridBalance) / gridCapacityKW))).ToArray();
        var congestion = history.Select(h => h.GridCongestion).ToArray();
        var ratio = history.Select(h => h.P2PRatio).ToArray();
        var prices = history.Select(h => h.ClearingPrice).Where(p => p > 0).ToArray();
        var volumes = history.Select(h => h.ClearingVolume).ToArray();
        var balance = Math.Max(0, 1 - (history.Average(h => Math.Abs(h.GridBalance)) / gridCapacityKW));
        var avgCongestion = Mean(congestion);
        var priceSteadiness = prices.Length > 0 && Mean(prices) > 0 ? Math.Max(0, 1 - (StdDev(prices) / Mean(prices))) : 0;
        var trades = history.SelectMany(h => h.Trades).ToArray();
        var losses = trades.Sum(t => t.TransmissionLoss.Value);
        var quantity = trades.Sum(t => t.Quantity.Value);
        var p2p = history.Sum(h => h.P2PVolume);
        var all = p2p + history.Sum(h => h.DsoTotalVolume);
        var maxVolume = Max(volumes);
        return new GridMetrics
        {
            SupplyDemandBalance = balance,
            AverageCongestionLevel = avgCongestion,
            GridStabilityIndex = (balance + (1 - avgCongestion) + priceSteadiness) / 3,
            TransmissionLosses = losses,
            TransmissionLossRatio = quantity > 0 ? losses / quantity : 0,
            GridUtilizationEfficiency = all > 0 ? p2p / all : 0,
            LoadFactor = maxVolume > 0 ? Mean(volumes) / maxVolume : 0,
            CapacityUtilization = capacityUtilization,
            StabilityTrend = Trend(bal, window),
            CongestionTrend = -Trend(congestion, window),
            EfficiencyTrend = Trend(ratio, window),
            GridBalanceOverTime = history.Select(h => h.GridBalance).ToArray(),
            GridCongestionOverTime = congestion,
            GridStabilityOverTime = bal,
            GridUtilizationOverTime = ratio,
        };
    }
}
