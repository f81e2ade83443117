using EnergyCoSim.Core.Random;
using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Rollouts;

/// <summary>
/// Samples whole episodes with a frozen policy on several worker threads. Episode e always runs on a fresh
/// <c>Reset(e)</c> and draws its exploration noise from the stream ("sampling", e), so the samples do not depend on
/// the number of workers or on thread timing.
/// </summary>
internal sealed class RolloutCollector
{
    private readonly IMultiAgentEnvironment[][] _envs;
    private readonly RandomStreams _streams;

    public RolloutCollector(Func<int, IMultiAgentEnvironment> factory, int workers, int episodesPerIteration, ulong seed)
    {
        var perWorker = (episodesPerIteration + workers - 1) / workers;
        _envs = new IMultiAgentEnvironment[workers][];
        var instance = 0;
        for (var w = 0; w < workers; w++)
        {
            _envs[w] = new IMultiAgentEnvironment[perWorker];
            for (var e = 0; e < perWorker; e++)
            {
                _envs[w][e] = factory(instance++);
            }
        }

        _streams = new RandomStreams(seed);
        Template = _envs[0][0];
        MetricNames = Template is IEpisodeMetricsSource m ? m.MetricNames : [];
    }

    public IMultiAgentEnvironment Template { get; }

    public IReadOnlyList<string> MetricNames { get; }

    public int Workers => _envs.Length;

    /// <summary>Samples episodes <paramref name="firstEpisode"/> … + <paramref name="count"/> − 1.</summary>
    public EpisodeData[] Collect(PolicySnapshot policy, long firstEpisode, int count, bool explore, CancellationToken ct)
    {
        var result = new EpisodeData[count];
        if (Workers == 1)
        {
            RunWorker(0, policy, firstEpisode, count, explore, result, ct);
        }
        else
        {
            Parallel.For(0, Workers, new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = ct },
                w => RunWorker(w, policy, firstEpisode, count, explore, result, ct));
        }

        ct.ThrowIfCancellationRequested();
        return result;
    }

    private void RunWorker(int w, PolicySnapshot policy, long firstEpisode, int count, bool explore, EpisodeData[] result, CancellationToken ct)
    {
        var envs = _envs[w];
        var mine = Enumerable.Range(0, count).Where(e => e % Workers == w).ToArray();
        var ws = policy.CreateWorkspace();
        var n = Template.AgentIds.Count;
        var obsSize = Template.ObservationSize;
        var actions = new float[n * ActionBox.Size];
        var metrics = new double[MetricNames.Count];
        for (var b = 0; b < mine.Length; b += envs.Length)
        {
            var batch = mine.Skip(b).Take(envs.Length).ToArray();
            var data = new EpisodeData[batch.Length];
            var noise = new RandomStream?[batch.Length];
            var active = new bool[batch.Length];
            for (var i = 0; i < batch.Length; i++)
            {
                var episode = firstEpisode + batch[i];
                data[i] = new EpisodeData(episode, envs[i].MaxSteps, n, obsSize, ActionBox.Size, metrics.Length, policy.Layout.Actors);
                noise[i] = explore ? _streams.For("sampling", null, episode) : null;
                envs[i].Reset(episode, data[i].RawObservations.AsSpan(0, n * obsSize));
                active[i] = true;
            }

            var maxSteps = envs.Max(e => e.MaxSteps);
            for (var t = 0; t < maxSteps && active.Any(a => a); t++)
            {
                ct.ThrowIfCancellationRequested();
                // Lockstep over the worker's environments keeps every episode's data in its own arrays.
                for (var i = 0; i < batch.Length; i++)
                {
                    if (!active[i])
                    {
                        continue;
                    }

                    var d = data[i];
                    var row = n * obsSize;
                    policy.Act(d.RawObservations.AsSpan(t * row, row), d.ObservationRow(t), d.LatentRow(t), actions, noise[i], ws,
                        d.BehaviourLogProb.AsSpan(t * d.Actors, d.Actors));
                    var done = envs[i].Step(actions, d.RawObservations.AsSpan((t + 1) * row, row), d.Rewards.AsSpan(t * n, n));
                    d.Length = t + 1;
                    if (done || t + 1 >= envs[i].MaxSteps)
                    {
                        d.Terminated = done;
                        active[i] = false;
                        FinishEpisode(policy, envs[i], d, metrics);
                    }
                }
            }

            for (var i = 0; i < batch.Length; i++)
            {
                result[batch[i]] = data[i];
            }
        }
    }

    private static void FinishEpisode(PolicySnapshot policy, IMultiAgentEnvironment env, EpisodeData d, double[] metrics)
    {
        var n = d.Agents * d.ObservationSize;
        var last = d.RawObservations.AsSpan(d.Length * n, n);
        var target = d.Observations.AsSpan(d.Length * n, n);
        last.CopyTo(target);
        for (var i = 0; i < d.Agents; i++)
        {
            policy.Normalizers[i].Apply(target.Slice(i * d.ObservationSize, d.ObservationSize), policy.Normalize);
        }

        if (env is IEpisodeMetricsSource source)
        {
            source.WriteEpisodeMetrics(metrics);
            metrics.CopyTo(d.Metrics, 0);
        }
    }
}
