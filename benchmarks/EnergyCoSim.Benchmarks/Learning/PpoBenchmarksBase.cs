using BenchmarkDotNet.Attributes;
using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Rollouts;
using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Environments;

namespace EnergyCoSim.Benchmarks.Learning;

/// <summary>
/// PPO sampling (8 episodes with exploration noise) with 1 and 2 workers and one PPO iteration with MARLEM's defaults,
/// on the environment a derived class names.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet needs an unsealed class; [GlobalCleanup] disposes.")]
public abstract class PpoBenchmarksBase
{
    private RolloutCollector _collector = null!;
    private TrainingState? _state;
    private PolicySnapshot _snapshot = null!;
    private TrainerOptions _options = null!;

    [Params(1, 2)]
    public int Workers { get; set; }

    /// <summary>The training paradigm of the benchmarked policy.</summary>
    protected abstract TrainingMode Mode { get; }

    [GlobalSetup]
    public void Setup()
    {
        LearningRuntime.Initialize(1);
        Prepare();
        var options = new TrainerOptions { Mode = Mode, Workers = Workers, EpisodesPerIteration = 8, Iterations = int.MaxValue };
        _collector = new RolloutCollector(_ => CreateEnvironment(), Workers, 8, options.Seed);
        _state = new TrainingState(options, EnvironmentSpec.Of(CreateEnvironment()));
        _snapshot = _state.Snapshot();
        _options = options with { Iterations = 1 };
    }

    [GlobalCleanup]
    public void Cleanup() => _state?.Dispose();

    /// <summary>Samples 8 episodes with exploration noise; returns the steps taken.</summary>
    [Benchmark]
    public int Sample() => _collector.Collect(_snapshot, 0, 8, true, CancellationToken.None).Sum(e => e.Length);

    /// <summary>One PPO iteration (network set-up, sampling and 30 epochs of updates).</summary>
    [Benchmark]
    public int PpoIteration()
    {
        using var run = TrainerFactory.Create(_options);
        return run.Train(_ => CreateEnvironment()).LearningCurve.Count;
    }

    /// <summary>One-time set-up before the first environment is created (e.g. compiling a scenario).</summary>
    protected virtual void Prepare()
    {
    }

    /// <summary>A fresh environment for a worker or the template.</summary>
    protected abstract IMultiAgentEnvironment CreateEnvironment();
}
