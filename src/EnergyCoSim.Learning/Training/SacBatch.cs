using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Training;

/// <summary>
/// A SAC minibatch in fresh managed arrays: normalised observations, replayed actions, per-actor scaled rewards,
/// 1 − done, and the standard normal noise of every reparameterised sample. Rows and noise come from the run's
/// minibatch stream, so updates are reproducible and a checkpoint's stream state resumes them exactly.
/// </summary>
internal sealed class SacBatch
{
    private SacBatch(int size, int actors)
    {
        Size = size;
        Rewards = new float[actors][];
        Noise = new float[actors][];
        NextNoise = new float[actors][];
    }

    public int Size { get; }

    public float[] Observations { get; private init; } = [];

    public float[] NextObservations { get; private init; } = [];

    public float[] Actions { get; private init; } = [];

    public float[] NotDone { get; private init; } = [];

    /// <summary>Per actor: the scaled rewards of its agents, summed.</summary>
    public float[][] Rewards { get; }

    /// <summary>Per actor: noise of the policy sample at the observation (actor and temperature loss).</summary>
    public float[][] Noise { get; }

    /// <summary>Per actor: noise of the policy sample at the next observation (soft target).</summary>
    public float[][] NextNoise { get; }

    public static SacBatch Draw(TrainingState state, ReplayBuffer replay, int size)
    {
        var layout = state.Layout;
        var n = state.Spec.ObservationSize;
        var agents = layout.Agents;
        var obsWidth = agents * n;
        var actWidth = agents * ActionBox.Size;
        var batch = new SacBatch(size, layout.Actors)
        {
            Observations = new float[size * obsWidth],
            NextObservations = new float[size * obsWidth],
            Actions = new float[size * actWidth],
            NotDone = new float[size],
        };
        var scale = Enumerable.Range(0, agents).Select(state.RewardScale).ToArray();
        for (var k = 0; k < layout.Actors; k++)
        {
            batch.Rewards[k] = new float[size];
        }

        var rng = state.Shuffle;
        for (var r = 0; r < size; r++)
        {
            var row = rng.NextInt(replay.Count);
            var obs = batch.Observations.AsSpan(r * obsWidth, obsWidth);
            var next = batch.NextObservations.AsSpan(r * obsWidth, obsWidth);
            replay.Observations(row).CopyTo(obs);
            replay.NextObservations(row).CopyTo(next);
            for (var i = 0; i < agents; i++)
            {
                // Current statistics, not those at sampling time: the networks are fitted to the current scale.
                state.Normalizers[i].Apply(obs.Slice(i * n, n), state.Options.NormalizeObservations);
                state.Normalizers[i].Apply(next.Slice(i * n, n), state.Options.NormalizeObservations);
            }

            replay.Actions(row).CopyTo(batch.Actions.AsSpan(r * actWidth, actWidth));
            batch.NotDone[r] = 1f - replay.Done(row);
            var rewards = replay.Rewards(row);
            for (var k = 0; k < layout.Actors; k++)
            {
                var sum = 0.0;
                foreach (var agent in layout.ActorOutputs[k])
                {
                    sum += rewards[agent] * scale[agent];
                }

                batch.Rewards[k][r] = (float)sum;
            }
        }

        for (var k = 0; k < layout.Actors; k++)
        {
            var width = layout.ActorOutputs[k].Length * ActionBox.Size;
            batch.NextNoise[k] = Gaussian(rng, size * width);
            batch.Noise[k] = Gaussian(rng, size * width);
        }

        return batch;
    }

    private static float[] Gaussian(Core.Random.RandomStream rng, int count)
    {
        var values = new float[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)rng.NextGaussian();
        }

        return values;
    }
}
