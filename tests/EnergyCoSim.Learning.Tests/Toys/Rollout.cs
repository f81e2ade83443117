using EnergyCoSim.Core.Random;
using EnergyCoSim.Learning.Policies;
using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Tests.Toys;

/// <summary>Test helpers: evaluation of a policy or of uniform random actions, and small fast training options.</summary>
internal static class Rollout
{
    static Rollout() => LearningRuntime.Initialize(1);

    /// <summary>Small networks and a high learning rate so toy tasks learn in seconds (MARLEM's 1e-5 is for long runs).</summary>
    public static TrainerOptions Fast(Algorithm algorithm, TrainingMode mode, int iterations) => new()
    {
        Algorithm = algorithm,
        Mode = mode,
        Iterations = iterations,
        Seed = 11,
        EpisodesPerIteration = 16,
        HiddenSize = 32,
        LearningRate = 3e-3,
        Epochs = 6,
        MinibatchSize = 32,
        EntropyCoefficient = 0.0,
    };

    /// <summary>Mean team return (sum over agents) per episode over episodes 1_000_000 … + count − 1.</summary>
    public static double MeanReturn(IMultiAgentEnvironment env, Action<float[], float[]> act, int count)
    {
        var n = env.AgentIds.Count;
        var obs = new float[n * env.ObservationSize];
        var actions = new float[n * ActionBox.Size];
        var rewards = new double[n];
        var total = 0.0;
        for (var e = 0; e < count; e++)
        {
            env.Reset(1_000_000 + e, obs);
            var done = false;
            while (!done)
            {
                act(obs, actions);
                done = env.Step(actions, obs, rewards);
                total += rewards.Sum();
            }
        }

        return total / count;
    }

    public static double PolicyReturn(IMultiAgentEnvironment env, TrainedPolicy policy, int count) =>
        MeanReturn(env, (o, a) => policy.ActAll(o, a), count);

    public static double RandomReturn(IMultiAgentEnvironment env, int count)
    {
        var rng = new RandomStreams(3).For("random-baseline");
        return MeanReturn(env, (_, a) =>
        {
            for (var i = 0; i < env.AgentIds.Count; i++)
            {
                var box = env.ActionBoxes[i];
                for (var d = 0; d < ActionBox.Size; d++)
                {
                    a[(i * ActionBox.Size) + d] = (float)rng.Uniform(box.Low[d], box.High[d]);
                }
            }
        }, count);
    }
}
