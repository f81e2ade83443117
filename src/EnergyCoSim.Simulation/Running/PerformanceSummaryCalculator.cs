using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Simulation.Running;

/// <summary>The case study's performance table from a run's episodes (population statistics).</summary>
public static class PerformanceSummaryCalculator
{
    /// <summary>Performance over every episode; the final reward is the last step of the last episode.</summary>
    public static PerformanceSummary Compute(IReadOnlyList<EpisodeResult> episodes)
    {
        if (episodes.Count == 0 || episodes.All(e => e.MarketSteps.Count == 0))
        {
            return new PerformanceSummary();
        }

        var stepRewards = episodes
            .SelectMany(e => e.AgentSteps.GroupBy(a => a.Step).OrderBy(g => g.Key).Select(g => g.Sum(a => a.Reward)))
            .ToArray();
        var last = episodes[^1];
        var lastStep = last.AgentSteps.Count == 0 ? 0 : last.AgentSteps.Max(a => a.Step);
        var steps = episodes.SelectMany(e => e.MarketSteps).ToArray();
        var prices = steps.Select(s => s.ClearingPrice).ToArray();
        var meanPrice = prices.Average();
        var p2p = steps.Sum(s => s.P2PVolume) / episodes.Count;
        var dso = steps.Sum(s => s.DsoTotalVolume) / episodes.Count;
        var demand = episodes.Sum(e => e.AgentSteps.Sum(a => a.DemandKWh));
        var imported = steps.Sum(s => s.DsoSellVolume);
        var unserved = episodes.Sum(e => e.AgentSteps.Sum(a => a.UnservedKWh));
        return new PerformanceSummary
        {
            FinalReward = last.AgentSteps.Where(a => a.Step == lastStep).Sum(a => a.Reward),
            AverageReward = stepRewards.Average(),
            EpisodeReward = episodes.Average(e => e.AgentSteps.Sum(a => a.Reward)),
            MeanClearingPrice = meanPrice,
            ClearingPriceVolatility = Math.Sqrt(prices.Average(p => (p - meanPrice) * (p - meanPrice))),
            P2PVolumeKWh = p2p,
            DsoVolumeKWh = dso,
            P2PRatio = p2p + dso > 0 ? p2p / (p2p + dso) : 0,
            MeanAbsGridBalanceKWh = steps.Average(s => Math.Abs(s.GridBalance)),
            // Demand left unserved is not self-sufficiency: without this term an agent that buys nothing looks autarkic.
            SelfSufficiency = demand > 0 ? Math.Clamp(1 - ((imported + unserved) / demand), 0, 1) : 0,
        };
    }
}
