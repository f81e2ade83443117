namespace EnergyCoSim.Simulation.Analytics;

/// <summary>Computes <see cref="DsoMetrics"/> from an episode's step records (spec §9.2; money as price · kWh / 1000).</summary>
public static class DsoMetricsCalculator
{
    /// <summary>Metrics for one episode.</summary>
    public static DsoMetrics Compute(IReadOnlyList<MarketStepRecord> history, double gridCapacityKW)
    {
        if (history.Count == 0)
        {
            return new DsoMetrics();
        }

        var buy = history.Sum(h => h.DsoBuyVolume);
        var sell = history.Sum(h => h.DsoSellVolume);
        var dso = buy + sell;
        var p2p = history.Sum(h => h.P2PVolume);
        var total = dso + p2p;
        var fit = PositiveMean(history.Select(h => h.FeedInTariff));
        var up = PositiveMean(history.Select(h => h.UtilityPrice));
        var net = history.Sum(h => h.DsoGridImport);
        return new DsoMetrics
        {
            DsoBuyVolume = buy,
            DsoSellVolume = sell,
            DsoTotalVolume = dso,
            P2PVolume = p2p,
            DsoTradeRatio = total > 0 ? dso / total : 0,
            P2PTradeRatio = total > 0 ? p2p / total : 0,
            DsoBuyPriceAverage = fit,
            DsoSellPriceAverage = up,
            PriceSpread = up - fit,
            LocalPriceAverage = PositiveMean(history.Select(h => h.LocalPriceAverage)),
            LocalPriceAdvantage = history.Average(h => h.LocalPriceAdvantage),
            NetGridImport = net,
            GridImportRatio = total > 0 ? Math.Abs(net) / total : 0,
            SelfSufficiencyRatio = total > 0 ? p2p / total : 0,
            DsoProfit = history.Sum(h => ((h.DsoSellVolume * h.UtilityPrice) - (h.DsoBuyVolume * h.FeedInTariff)) / 1000.0),
            AvoidedDsoCost = history.Where(h => h.P2PVolume > 0 && h.LocalPriceAverage > 0)
                .Sum(h => Math.Max(0, (h.P2PVolume * (h.FeedInTariff + h.UtilityPrice) / 2) - (h.P2PVolume * h.LocalPriceAverage)) / 1000.0),
            LocalTradingBenefit = history.Sum(h => h.LocalPriceAdvantage * h.P2PVolume / 1000.0),
            DsoUtilizationEfficiency = history.Average(h => h.DsoTotalVolume + h.P2PVolume > 0 ? 1 - (h.DsoTotalVolume / (h.DsoTotalVolume + h.P2PVolume)) : 1),
            MarketBalanceQuality = history.Average(h => Math.Max(0, 1 - Math.Min(Math.Abs(h.GridBalance) / gridCapacityKW, 1))),
            FallbackEffectiveness = history.Average(h => h.Trades.Count + h.UnmatchedOrders > 0 ? h.Trades.Count / (double)(h.Trades.Count + h.UnmatchedOrders) : 1),
        };
    }

    private static double PositiveMean(IEnumerable<double> values)
    {
        var positive = values.Where(v => v > 0).ToArray();
        return positive.Length == 0 ? 0 : positive.Average();
    }
}
