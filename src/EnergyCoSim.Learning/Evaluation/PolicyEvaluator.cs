using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Evaluation;

/// <summary>
/// Runs contenders (a trained policy, zero intelligence, the rule-based strategy, …) on the same environment episodes
/// (same indices, hence the same scenario draws) and tabulates their rewards, for the <c>evaluate</c> command.
/// </summary>
public static class PolicyEvaluator
{
    /// <summary>
    /// Evaluates each contender on episodes <paramref name="firstEpisode"/> … + <paramref name="episodes"/> − 1. A contender
    /// maps all agents' observations (agent-major) to all actions; <see cref="Policies.TrainedPolicy.ActAll"/> fits directly.
    /// </summary>
    public static IReadOnlyList<EvaluationResult> Compare(
        IMultiAgentEnvironment environment,
        IReadOnlyDictionary<string, JointActor> contenders,
        int episodes,
        long firstEpisode = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(contenders);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(episodes);
        var n = environment.AgentIds.Count;
        var metricNames = environment is IEpisodeMetricsSource m ? m.MetricNames : [];
        var obs = new float[n * environment.ObservationSize];
        var actions = new float[n * ActionBox.Size];
        var rewards = new double[n];
        var metrics = new double[metricNames.Count];
        var results = new List<EvaluationResult>();
        foreach (var (name, act) in contenders)
        {
            var returns = new double[episodes][];
            var sums = new double[metricNames.Count];
            for (var e = 0; e < episodes; e++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                returns[e] = new double[n];
                environment.Reset(firstEpisode + e, obs);
                for (var t = 0; t < environment.MaxSteps; t++)
                {
                    act(obs, actions);
                    var done = environment.Step(actions, obs, rewards);
                    for (var i = 0; i < n; i++)
                    {
                        returns[e][i] += rewards[i];
                    }

                    if (done)
                    {
                        break;
                    }
                }

                if (environment is IEpisodeMetricsSource source)
                {
                    source.WriteEpisodeMetrics(metrics);
                    for (var k = 0; k < metrics.Length; k++)
                    {
                        sums[k] += metrics[k];
                    }
                }
            }

            var perAgent = Enumerable.Range(0, n).Select(i => Stats(returns.Select(r => r[i]))).ToArray();
            var table = metricNames.Select((key, k) => (key, value: sums[k] / episodes)).ToDictionary(x => x.key, x => x.value, StringComparer.Ordinal);
            results.Add(new EvaluationResult(name, episodes, Stats(returns.Select(r => r.Sum())), perAgent, table));
        }

        return results;
    }

    private static AgentRewardStats Stats(IEnumerable<double> values)
    {
        var list = values.ToList();
        return new AgentRewardStats(list.Average(), list.Min(), list.Max());
    }
}
