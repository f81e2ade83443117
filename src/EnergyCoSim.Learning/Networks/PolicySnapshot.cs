using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Networks;

/// <summary>
/// Frozen actors plus observation statistics: computes every agent's action from raw observations in managed code.
/// Immutable after construction, so workers share one instance; each caller passes its own <see cref="Workspace"/>.
/// </summary>
internal sealed class PolicySnapshot
{
    /// <summary>Bounds of a SAC actor's log std output (keeps exp finite and the policy from collapsing).</summary>
    public const float MinLogStd = -5f;

    /// <summary>Upper bound of a SAC actor's log std output.</summary>
    public const float MaxLogStd = 2f;

    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    public PolicySnapshot(ParadigmLayout layout, int observationSize, IReadOnlyList<ActionBox> boxes, MlpWeights[] actors, float[][] logStd,
        RunningNormalizer[] normalizers, bool normalize, bool squash)
    {
        Layout = layout;
        ObservationSize = observationSize;
        Boxes = boxes;
        ActorWeights = actors;
        LogStd = logStd;
        Normalizers = normalizers;
        Normalize = normalize;
        Squash = squash;
    }

    public ParadigmLayout Layout { get; }

    public int ObservationSize { get; }

    public IReadOnlyList<ActionBox> Boxes { get; }

    public MlpWeights[] ActorWeights { get; }

    public float[][] LogStd { get; }

    public RunningNormalizer[] Normalizers { get; }

    public bool Normalize { get; }

    public bool Squash { get; }

    public int Agents => Layout.Agents;

    public Workspace CreateWorkspace() => new(this);

    /// <summary>Writes normalised observations, latent actions (noise added when <paramref name="noise"/> is set) and box actions.</summary>
    public void Act(ReadOnlySpan<float> raw, Span<float> normalised, Span<float> latent, Span<float> actions, RandomStream? noise, Workspace ws) =>
        Act(raw, normalised, latent, actions, noise, ws, []);

    /// <summary>As above, and writes each actor's Gaussian log-probability of its latent action into <paramref name="logProb"/> when non-empty.</summary>
    public void Act(ReadOnlySpan<float> raw, Span<float> normalised, Span<float> latent, Span<float> actions, RandomStream? noise, Workspace ws,
        Span<float> logProb)
    {
        var n = ObservationSize;
        raw[..(Agents * n)].CopyTo(normalised);
        for (var i = 0; i < Agents; i++)
        {
            Normalizers[i].Apply(normalised.Slice(i * n, n), Normalize);
        }

        for (var k = 0; k < Layout.Actors; k++)
        {
            ActActor(k, normalised, latent, actions, noise, ws, logProb);
        }
    }

    /// <summary>Evaluates only the actor of <paramref name="agent"/> (DTDE/CTDE: actor index = agent index).</summary>
    public void ActSingle(int agent, ReadOnlySpan<float> raw, Span<float> normalised, Span<float> latent, Span<float> actions, RandomStream? noise, Workspace ws)
    {
        var n = ObservationSize;
        raw.Slice(agent * n, n).CopyTo(normalised.Slice(agent * n, n));
        Normalizers[agent].Apply(normalised.Slice(agent * n, n), Normalize);
        ActActor(agent, normalised, latent, actions, noise, ws, []);
    }

    private void ActActor(int k, Span<float> normalised, Span<float> latent, Span<float> actions, RandomStream? noise, Workspace ws, Span<float> logProb)
    {
        var n = ObservationSize;
        var inputs = Layout.ActorInputs[k];
        var outputs = Layout.ActorOutputs[k];
        var input = ws.Input.AsSpan(0, inputs.Length * n);
        ParadigmLayout.Gather(normalised, n, inputs, input);
        var width = outputs.Length * ActionBox.Size;
        // SAC actors (squashed) output the mean followed by the log std; PPO/APPO read a state-independent log std.
        var head = ws.Output.AsSpan(0, Squash ? 2 * width : width);
        ActorWeights[k].Forward(input, head, ws.Scratch);
        var mean = head[..width];
        var lp = 0.0;
        for (var j = 0; j < outputs.Length; j++)
        {
            var agent = outputs[j];
            var u = latent.Slice(agent * ActionBox.Size, ActionBox.Size);
            for (var d = 0; d < ActionBox.Size; d++)
            {
                var idx = (j * ActionBox.Size) + d;
                var logStd = Squash ? Math.Clamp(head[width + idx], MinLogStd, MaxLogStd) : LogStd[k][idx];
                var std = MathF.Exp(logStd);
                u[d] = noise is null ? mean[idx] : mean[idx] + (std * (float)noise.NextGaussian());
                var z = (u[d] - mean[idx]) / std;
                lp += (-0.5 * z * z) - logStd - HalfLogTwoPi;
            }

            ActionMapping.ToBox(u, Boxes[agent], actions.Slice(agent * ActionBox.Size, ActionBox.Size), Squash);
        }

        if (!logProb.IsEmpty)
        {
            logProb[k] = (float)lp;
        }
    }

    /// <summary>Per-caller buffers for the act methods.</summary>
    internal sealed class Workspace
    {
        public Workspace(PolicySnapshot s)
        {
            var maxIn = s.ActorWeights.Max(w => w.InputSize);
            Input = new float[maxIn];
            Output = new float[s.ActorWeights.Max(w => w.OutputSize)];
            Scratch = new float[s.ActorWeights.Max(w => w.ScratchSize)];
        }

        public float[] Input { get; }

        public float[] Output { get; }

        public float[] Scratch { get; }
    }
}
