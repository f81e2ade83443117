using EnergyCoSim.Learning.Rollouts;

namespace EnergyCoSim.Learning.Training;

/// <summary>Turns an iteration's episodes into a learning-curve row.</summary>
internal static class CurveBuilder
{
    public static IterationRecord Build(TrainerOptions o, int iteration, IReadOnlyList<EpisodeData> episodes, IReadOnlyList<string> metricNames, double seconds)
    {
        var agents = episodes[0].Agents;
        var perAgent = new AgentRewardStats[agents];
        for (var i = 0; i < agents; i++)
        {
            var agent = i;
            perAgent[i] = Stats(episodes.Select(e => e.EpisodeReward(agent)));
        }

        var overall = Stats(episodes.Select(e => Enumerable.Range(0, agents).Sum(e.EpisodeReward)));
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var m = 0; m < metricNames.Count; m++)
        {
            var index = m;
            metrics[metricNames[m]] = episodes.Average(e => e.Metrics[index]);
        }

        var steps = episodes.Sum(e => (long)e.Length) * agents;
        return new IterationRecord(o.Algorithm, o.Mode, iteration, episodes.Count, steps, seconds, overall, perAgent, metrics);
    }

    private static AgentRewardStats Stats(IEnumerable<double> values)
    {
        var list = values.ToList();
        return new AgentRewardStats(list.Average(), list.Min(), list.Max());
    }
}
