using EnergyCoSim.Core.Random;
using EnergyCoSim.Learning.Native;
using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Rollouts;
using EnergyCoSim.Simulation.Environments;
using TorchSharp;

namespace EnergyCoSim.Learning.Training;

/// <summary>Everything a checkpoint holds: networks, optimisers, statistics, iteration, learning curve and stream states.</summary>
internal sealed class TrainingState : IDisposable
{
    private static readonly Lock SeedGate = new();

    public TrainingState(TrainerOptions options, EnvironmentSpec spec)
    {
        LearningRuntime.Initialize();
        Options = options;
        Spec = spec;
        var agents = spec.AgentIds.Count;
        Layout = ParadigmLayout.For(options.Mode, agents);
        // Seed libtorch's global generator from a Core stream so initial weights follow the run seed.
        var streams = new RandomStreams(options.Seed);
        lock (SeedGate)
        {
            // libtorch's generator is global: seeding and initialising under one lock keeps concurrent trainers reproducible.
            var seed = (long)(streams.For("torch-init").NextUInt64() >> 1);
            Networks = LibTorchGuard.Run(() =>
            {
                torch.random.manual_seed(seed);
                return new ActorCritic(Layout, spec.ObservationSize, options.HiddenSize, options.InitialLogStd, options.Algorithm);
            });
        }

        Normalizers = Enumerable.Range(0, agents).Select(_ => new RunningNormalizer(spec.ObservationSize)).ToArray();
        RewardScalers = Enumerable.Range(0, agents).Select(_ => new RunningNormalizer(1)).ToArray();
        Shuffle = streams.For("minibatch");
    }

    public TrainerOptions Options { get; set; }

    public EnvironmentSpec Spec { get; }

    public ParadigmLayout Layout { get; }

    public ActorCritic Networks { get; }

    public RunningNormalizer[] Normalizers { get; }

    public RunningNormalizer[] RewardScalers { get; }

    public RandomStream Shuffle { get; }

    public int Iteration { get; set; }

    public List<IterationRecord> Records { get; } = [];

    public bool Squash => Options.Algorithm == Algorithm.Sac;

    public PolicySnapshot Snapshot() => LibTorchGuard.Run(() =>
    {
        using var scope = torch.NewDisposeScope();
        return new PolicySnapshot(
            Layout,
            Spec.ObservationSize,
            Spec.ActionBoxes,
            Networks.Actors.Select(a => new MlpWeights(a)).ToArray(),
            Enumerable.Range(0, Layout.Actors).Select(k => Networks.LogStd(k).detach().data<float>().ToArray()).ToArray(),
            Normalizers.Select(n => n.Clone()).ToArray(),
            Options.NormalizeObservations,
            Squash);
    });

    /// <summary><paramref name="existing"/> (a restored checkpoint) checked against the environment, or a fresh state for it.</summary>
    public static TrainingState For(TrainingState? existing, TrainerOptions options, IMultiAgentEnvironment template)
    {
        var spec = EnvironmentSpec.Of(template);
        var state = existing ?? new TrainingState(options, spec);
        if (!state.Spec.Matches(template))
        {
            throw new Core.Errors.ValidationException("environment", spec.AgentIds.Count, "does not match the shape the checkpoint was trained on");
        }

        return state;
    }

    /// <summary>Counts the iteration, records its learning-curve row and reports progress; returns the row.</summary>
    public IterationRecord CompleteIteration(IReadOnlyList<EpisodeData> episodes, IReadOnlyList<string> metricNames, double seconds, IProgress<TrainingProgress>? progress)
    {
        Iteration++;
        var record = CurveBuilder.Build(Options, Iteration, episodes, metricNames, seconds);
        Records.Add(record);
        progress?.Report(new TrainingProgress(record.Iteration, Options.Iterations, record.Overall.Mean, record.AgentSteps / Math.Max(1e-9, record.Seconds)));
        return record;
    }

    public double RewardScale(int agent) => Options.ScaleRewards ? 1.0 / RewardScalers[agent].StandardDeviation(0) : 1.0;

    public void Dispose() => Networks.Dispose();
}
