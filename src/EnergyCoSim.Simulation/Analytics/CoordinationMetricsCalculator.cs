using static EnergyCoSim.Simulation.Analytics.SeriesStatistics;

namespace EnergyCoSim.Simulation.Analytics;

/// <summary>Computes <see cref="CoordinationMetrics"/> from an episode's step records and per-agent rewards (spec §9.1).</summary>
public static class CoordinationMetricsCalculator
{
    /// <summary>Metrics for one episode; <paramref name="gridCapacityKW"/> normalises the grid balance.</summary>
    public static CoordinationMetrics Compute(
        IReadOnlyList<MarketStepRecord> history,
        IReadOnlyDictionary<string, IReadOnlyList<double>> agentRewards,
        double gridCapacityKW,
        int window = 2)
    {
        var n = history.Count;
        if (n == 0)
        {
            return new CoordinationMetrics();
        }

        var ratio = history.Select(h => h.P2PRatio).ToArray();
        var bal = history.Select(h => Math.Max(0, 1 - (Math.Abs(h.GridBalance) / gridCapacityKW))).ToArray();
        var cs = ratio.Zip(bal, (r, b) => (r + b) / 2).ToArray();
        var ce = history.Select(h => h.ClearingPrice > 0 ? Math.Min(1, h.ClearingVolume / Math.Max(h.ClearingPrice, 0.01) / 100) : 0).ToArray();
        var totalP2P = history.Sum(h => h.P2PVolume);
        var totalAll = history.Sum(h => h.P2PVolume + h.DsoTotalVolume);
        var csMean = Mean(cs);
        var csStd = StdDev(cs);

        return new CoordinationMetrics
        {
            CoordinationScore = (bal.Sum() + ratio.Sum()) / (2.0 * n),
            CoordinationConvergence = Convergence(cs, window),
            StrategyAlignment = StrategyAlignment(agentRewards, window),
            EmergentEfficiency = n < 2 ? Mean(ratio) : Clip(Trend(ratio, window) + Mean(ratio), 0, 1),
            InformationEfficiency = InformationEfficiency(agentRewards, window),
            ResourceCoordinationIndex = totalAll > 0 ? totalP2P / totalAll : 0,
            SupplyDemandCoordination = Math.Max(0, 1 - (history.Average(h => Math.Abs(h.GridBalance)) / gridCapacityKW)),
            CoordinationTrend = Trend(cs, window),
            CoordinationStability = csMean == 0 ? (csStd == 0 ? 1 : 0) : Math.Max(0, 1 - (csStd / csMean)),
            SignalImpactScore = SignalImpact(history, ratio, bal),
            AgentResponsiveness = Responsiveness(history, ratio, agentRewards, window),
            EmergentCoordinationStrength = EmergentStrength(ratio, bal, ce, window),
            BatteryCoordinationEfficiency = history.Average(h =>
                Math.Abs(h.GridBalance) < 0.1 * gridCapacityKW ? 1 : Math.Max(0, 1 - (Math.Abs(h.GridBalance) / gridCapacityKW))),
            PeakReductionCoordination = PeakReduction(history.Select(h => h.ClearingVolume).ToArray(), window),
            EnergyWasteReduction = Enumerable.Range(0, n).Average(t => (ratio[t] + (1 - (Math.Abs(history[t].GridBalance) / gridCapacityKW)) + ce[t]) / 3),
        };
    }

    private static double Convergence(double[] cs, int w)
    {
        if (cs.Length < w)
        {
            return 0;
        }

        var early = Variance(cs.AsSpan(0, w));
        var late = Variance(cs.AsSpan(cs.Length - w, w));
        return early == 0 ? (late == 0 ? 1 : 0) : Math.Min(1, Math.Max(0, (early - late) / early));
    }

    private static double StrategyAlignment(IReadOnlyDictionary<string, IReadOnlyList<double>> rewards, int w)
    {
        var series = rewards.Values.Select(r => r.ToArray()).ToArray();
        if (series.Length < w)
        {
            return 0;
        }

        var corrs = new List<double>();
        for (var i = 0; i < series.Length; i++)
        {
            for (var j = i + 1; j < series.Length; j++)
            {
                var c = Correlation(series[i], series[j]);
                if (!double.IsNaN(c))
                {
                    corrs.Add(Math.Abs(c));
                }
            }
        }

        return corrs.Count == 0 ? 0 : corrs.Average();
    }

    private static double InformationEfficiency(IReadOnlyDictionary<string, IReadOnlyList<double>> rewards, int w)
    {
        if (rewards.Count < w)
        {
            return 0;
        }

        var all = rewards.Values.SelectMany(r => r).ToArray();
        if (all.Length == 0)
        {
            return 0;
        }

        var mean = Mean(all);
        if (mean == 0)
        {
            return Variance(all) == 0 ? 1 : 0;
        }

        return Math.Max(0, 1 - Math.Min(StdDev(all) / Math.Abs(mean), 1));
    }

    private static double SignalImpact(IReadOnlyList<MarketStepRecord> history, double[] ratio, double[] bal)
    {
        var idx = Enumerable.Range(0, history.Count).Where(t => history[t].ClearingVolume > 0).ToArray();
        if (idx.Length < 2)
        {
            return 0;
        }

        var c = Correlation(idx.Select(t => ratio[t]).ToArray(), idx.Select(t => bal[t]).ToArray());
        return double.IsNaN(c) ? 0 : Math.Abs(c);
    }

    private static double Responsiveness(IReadOnlyList<MarketStepRecord> history, double[] ratio, IReadOnlyDictionary<string, IReadOnlyList<double>> rewards, int w)
    {
        var tradedRatio = Enumerable.Range(0, history.Count).Where(t => history[t].ClearingVolume > 0).Select(t => ratio[t]).ToArray();
        var ratioDiff = Diff(tradedRatio);
        var corrs = new List<double>();
        foreach (var r in rewards.Values.Where(r => r.Count >= w))
        {
            var rewardDiff = Diff(r.ToArray());
            var len = Math.Min(rewardDiff.Length, ratioDiff.Length);
            if (len >= 2)
            {
                var c = Correlation(rewardDiff.AsSpan(0, len), ratioDiff.AsSpan(0, len));
                if (!double.IsNaN(c))
                {
                    corrs.Add(Math.Abs(c));
                }
            }
        }

        return corrs.Count == 0 ? 0 : corrs.Average();
    }

    private static double EmergentStrength(double[] ratio, double[] bal, double[] ce, int w)
    {
        if (ratio.Length < 2)
        {
            return 0;
        }

        var ind = Enumerable.Range(0, ratio.Length).Select(t => (ratio[t] + bal[t] + ce[t]) / 3).ToArray();
        return Clip((Trend(ind, w) + 1 - (StdDev(ind) / Math.Max(Mean(ind), 0.01))) / 2, 0, 1);
    }

    private static double PeakReduction(double[] volume, int w)
    {
        var n = volume.Length;
        if (n < w)
        {
            return 0;
        }

        var max = Max(volume);
        var lf = max > 0 ? Mean(volume) / max : 0;
        var k = Math.Min(5, n / 2);
        if (k < 1)
        {
            return lf;
        }

        var rolling = new List<double>();
        for (var s = 0; s + k <= n; s++)
        {
            var win = volume.AsSpan(s, k);
            var wmax = Max(win);
            rolling.Add(wmax > 0 ? Mean(win) / wmax : 0);
        }

        return rolling.Count >= 2 ? Clip(lf + Trend(rolling.ToArray(), w), 0, 1) : lf;
    }

    private static double[] Diff(double[] x) => x.Length < 2 ? [] : Enumerable.Range(1, x.Length - 1).Select(i => x[i] - x[i - 1]).ToArray();
}
