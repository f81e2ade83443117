using static EnergyCoSim.Simulation.Analytics.SeriesStatistics;

namespace EnergyCoSim.Simulation.Analytics;

/// <summary>Computes <see cref="MarketMetrics"/> (spec §9.4) with money in USD (price · kWh / 1000).</summary>
public static class MarketMetricsCalculator
{
    /// <summary>Metrics for one episode.</summary>
    public static MarketMetrics Compute(IReadOnlyList<MarketStepRecord> history, IReadOnlyDictionary<string, IReadOnlyList<double>> agentRewards, int window = 2)
    {
        var trades = history.SelectMany(h => h.Trades).ToArray();
        var avgRewards = agentRewards.ToDictionary(kv => kv.Key, kv => kv.Value.Count == 0 ? 0 : kv.Value.Average(), StringComparer.Ordinal);
        if (trades.Length == 0)
        {
            return new MarketMetrics { AverageAgentRewards = avgRewards };
        }

        var p = trades.Select(t => t.Price.Value).ToArray();
        var q = trades.Select(t => t.Quantity.Value).ToArray();
        var n = trades.Length;
        var sumQ = q.Sum();
        var sumPQ = trades.Sum(t => t.Price.Value * t.Quantity.Value);
        var meanP = Mean(p);
        var surplus = Math.Max(0, sumPQ - (meanP * sumQ)) / 1000.0;
        var volumeBy = new Dictionary<string, double>(StringComparer.Ordinal);
        var valueBy = new Dictionary<string, double>(StringComparer.Ordinal);
        var countBy = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in trades)
        {
            foreach (var id in new[] { t.BuyerId, t.SellerId })
            {
                volumeBy[id] = volumeBy.GetValueOrDefault(id) + t.Quantity.Value;
                valueBy[id] = valueBy.GetValueOrDefault(id) + (t.Price.Value * t.Quantity.Value);
                countBy[id] = countBy.GetValueOrDefault(id) + 1;
            }
        }

        var stepPrices = history.Select(h => h.ClearingPrice).ToArray();
        var p2p = history.Sum(h => h.P2PVolume);
        var all = p2p + history.Sum(h => h.DsoTotalVolume);
        return new MarketMetrics
        {
            SocialWelfare = sumPQ / 1000.0,
            TotalSurplus = surplus,
            ConsumerSurplus = surplus / 2,
            ProducerSurplus = surplus / 2,
            AverageClearingPrice = meanP,
            PriceVolatility = n >= 2 && meanP != 0 ? StdDev(p) / meanP : 0,
            PriceTrend = Trend(p, window),
            AllocationEfficiency = sumQ > 0 ? Math.Max(0, 1 - (n * q.Average(x => Math.Abs((x / sumQ) - (1.0 / n))))) : 0,
            PriceDiscoveryEfficiency = n == 1 ? 1 : meanP != 0 ? Math.Max(0, 1 - Math.Min(Variance(p) / (meanP * meanP), 1)) : 0,
            TotalTradingVolume = sumQ,
            TransactionCount = n,
            AverageTradeSize = sumQ / n,
            MarketConcentration = volumeBy.Values.Sum(v => Math.Pow(v / (2 * sumQ), 2)),
            WelfareDistributionGini = Gini(valueBy.Values.ToArray()),
            PriceFairnessIndex = meanP > 0 ? Math.Max(0, 1 - Math.Min(p.Average(x => Math.Abs(x - meanP)) / meanP, 1)) : 0,
            P2PTradeRatio = all > 0 ? p2p / all : 0,
            DsoDependencyRatio = all > 0 ? (all - p2p) / all : 1,
            MarketLiquidity = Mean(stepPrices) > 0 ? 1 / (1 + (StdDev(stepPrices) / Mean(stepPrices))) : 0,
            VolumeTrend = Trend(history.Select(h => h.ClearingVolume).ToArray(), window),
            EfficiencyTrend = Trend(history.Select(h => h.ClearingVolume / Math.Max(h.ClearingPrice, 0.01)).ToArray(), window),
            AverageAgentRewards = avgRewards,
            TradingFrequencyByAgent = countBy,
        };
    }

    /// <summary>Gini of non-negative values: (m + 1 − 2·Σ cumsum(w)/Σw) / m over ascending w.</summary>
    internal static double Gini(double[] values)
    {
        var m = values.Length;
        var total = values.Sum();
        if (m == 0 || total <= 0)
        {
            return 0;
        }

        Array.Sort(values);
        double cumulative = 0, sumCumulative = 0;
        foreach (var v in values)
        {
            cumulative += v;
            sumCumulative += cumulative;
        }

        return (m + 1 - (2 * sumCumulative / total)) / m;
    }
}
