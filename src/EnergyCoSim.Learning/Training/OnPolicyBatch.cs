using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Rollouts;
using EnergyCoSim.Simulation.Spaces;
using static TorchSharp.torch;

namespace EnergyCoSim.Learning.Training;

/// <summary>
/// An iteration's episodes as tensors per actor and critic, with advantages and value targets from GAE (PPO) or
/// V-trace (APPO, correcting for the lagging behaviour policy).
/// </summary>
internal sealed class OnPolicyBatch : IDisposable
{
    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    public OnPolicyBatch(TrainingState state, IReadOnlyList<EpisodeData> episodes, bool vtrace)
    {
        var layout = state.Layout;
        var o = state.Options;
        var obs = state.Spec.ObservationSize;
        var agents = layout.Agents;
        Steps = episodes.Sum(e => e.Length);
        var rows = Steps + episodes.Count;
        ActorInputs = new Tensor[layout.Actors];
        ActorLatents = new Tensor[layout.Actors];
        OldLogProb = new Tensor[layout.Actors];
        Advantages = new Tensor[layout.Actors];
        CriticInputs = new Tensor[layout.Critics];
        Returns = new Tensor[layout.Critics];

        // Row r < Steps is a step; row Steps + e is episode e's final observation (bootstrap when cut at MaxSteps).
        var stepRow = new int[episodes.Count];
        for (var e = 1; e < episodes.Count; e++)
        {
            stepRow[e] = stepRow[e - 1] + episodes[e - 1].Length;
        }

        for (var k = 0; k < layout.Actors; k++)
        {
            var inDim = layout.ActorInputs[k].Length * obs;
            var outDim = layout.ActorOutputs[k].Length * ActionBox.Size;
            var x = new float[Steps * inDim];
            var u = new float[Steps * outDim];
            for (var e = 0; e < episodes.Count; e++)
            {
                var d = episodes[e];
                for (var t = 0; t < d.Length; t++)
                {
                    var r = stepRow[e] + t;
                    ParadigmLayout.Gather(d.ObservationRow(t), obs, layout.ActorInputs[k], x.AsSpan(r * inDim, inDim));
                    ParadigmLayout.Gather(d.LatentRow(t), ActionBox.Size, layout.ActorOutputs[k], u.AsSpan(r * outDim, outDim));
                }
            }

            ActorInputs[k] = tensor(x, [Steps, inDim]);
            ActorLatents[k] = tensor(u, [Steps, outDim]);
        }

        var values = new float[layout.Critics][];
        var heads = new int[layout.Critics];
        using (no_grad())
        {
            for (var c = 0; c < layout.Critics; c++)
            {
                var inDim = layout.CriticInputs[c].Length * obs;
                heads[c] = layout.CriticServes[c].Length;
                var x = new float[rows * inDim];
                for (var e = 0; e < episodes.Count; e++)
                {
                    var d = episodes[e];
                    for (var t = 0; t < d.Length; t++)
                    {
                        ParadigmLayout.Gather(d.ObservationRow(t), obs, layout.CriticInputs[c], x.AsSpan((stepRow[e] + t) * inDim, inDim));
                    }

                    ParadigmLayout.Gather(d.ObservationRow(d.Length), obs, layout.CriticInputs[c], x.AsSpan((Steps + e) * inDim, inDim));
                }

                using var all = tensor(x, [rows, inDim]);
                using var v = state.Networks.Critics[c].forward(all);
                values[c] = v.data<float>().ToArray();
                CriticInputs[c] = all.narrow(0, 0, Steps).clone();
            }

            for (var k = 0; k < layout.Actors; k++)
            {
                using var lp = LogProb(state.Networks, k, ActorInputs[k], ActorLatents[k]);
                OldLogProb[k] = lp.clone();
            }
        }

        var returns = Enumerable.Range(0, layout.Critics).Select(c => new float[Steps * heads[c]]).ToArray();
        for (var k = 0; k < layout.Actors; k++)
        {
            var c = layout.CriticOfActor[k];
            var h = layout.HeadOfActor[k];
            var hs = heads[c];
            var adv = new float[Steps];
            var current = OldLogProb[k].data<float>().ToArray();
            var behaviour = new float[Steps];
            for (var e = 0; e < episodes.Count; e++)
            {
                var d = episodes[e];
                var bootstrap = d.Terminated ? 0.0 : values[c][((Steps + e) * hs) + h];
                double nextValue = bootstrap, gae = 0, nextVs = bootstrap;
                for (var t = d.Length - 1; t >= 0; t--)
                {
                    var r = stepRow[e] + t;
                    var reward = 0.0;
                    foreach (var agent in layout.ActorOutputs[k])
                    {
                        reward += d.Rewards[(t * agents) + agent] * state.RewardScale(agent);
                    }

                    var value = values[c][(r * hs) + h];
                    if (vtrace)
                    {
                        behaviour[r] = d.BehaviourLogProb[(t * d.Actors) + k];
                        var ratio = Math.Exp(Math.Clamp(current[r] - behaviour[r], -20, 20));
                        var rho = Math.Min(o.VTraceClip, ratio);
                        var cTrace = o.Lambda * Math.Min(o.VTraceClip, ratio);
                        var vs = value + (rho * (reward + (o.Gamma * nextValue) - value)) + (o.Gamma * cTrace * (nextVs - nextValue));
                        adv[r] = (float)(rho * (reward + (o.Gamma * nextVs) - value));
                        returns[c][(r * hs) + h] = (float)vs;
                        nextVs = vs;
                    }
                    else
                    {
                        var delta = reward + (o.Gamma * nextValue) - value;
                        gae = delta + (o.Gamma * o.Lambda * gae);
                        adv[r] = (float)gae;
                        returns[c][(r * hs) + h] = (float)(gae + value);
                    }

                    nextValue = value;
                }
            }

            if (vtrace)
            {
                // APPO's surrogate is taken relative to the behaviour policy that sampled the data.
                OldLogProb[k].Dispose();
                OldLogProb[k] = tensor(behaviour, [Steps]);
            }

            Normalise(adv);
            Advantages[k] = tensor(adv, [Steps]);
        }

        for (var c = 0; c < layout.Critics; c++)
        {
            Returns[c] = tensor(returns[c], [Steps, heads[c]]);
        }
    }

    public int Steps { get; }

    public Tensor[] ActorInputs { get; }

    public Tensor[] ActorLatents { get; }

    public Tensor[] OldLogProb { get; }

    public Tensor[] Advantages { get; }

    public Tensor[] CriticInputs { get; }

    public Tensor[] Returns { get; }

    /// <summary>Summed diagonal-Gaussian log-probability of latent actions under actor <paramref name="k"/>.</summary>
    public static Tensor LogProb(ActorCritic net, int k, Tensor input, Tensor latent)
    {
        using var scope = NewDisposeScope();
        var mean = net.Actors[k].forward(input);
        var logStd = net.LogStd(k);
        var z = (latent - mean) / logStd.exp();
        return ((-0.5 * z * z) - logStd - HalfLogTwoPi).sum(1).MoveToOuterDisposeScope();
    }

    public void Dispose()
    {
        foreach (var t in ActorInputs.Concat(ActorLatents).Concat(OldLogProb).Concat(Advantages).Concat(CriticInputs).Concat(Returns))
        {
            t?.Dispose();
        }
    }

    private static void Normalise(float[] values)
    {
        if (values.Length < 2)
        {
            return;
        }

        var mean = values.Average(v => (double)v);
        var std = Math.Sqrt(values.Average(v => (v - mean) * (v - mean))) + 1e-8;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)((values[i] - mean) / std);
        }
    }
}
