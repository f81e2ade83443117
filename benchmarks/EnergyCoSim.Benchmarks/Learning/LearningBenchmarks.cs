using BenchmarkDotNet.Attributes;
using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Rollouts;
using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Benchmarks.Learning;

/// <summary>
/// PPO sampling throughput (8 episodes × 24 steps × 7 agents = 1 344 agent-steps per operation) with 1 and 2 workers,
/// and one full PPO iteration (sampling + 30 epochs of minibatch 128, MARLEM defaults) on the case-5-shaped stand-in.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet needs an unsealed class; [GlobalCleanup] disposes.")]
public class LearningBenchmarks
{
    private RolloutCollector _collector = null!;
    private TrainingState? _state;
    private PolicySnapshot _snapshot = null!;
    private TrainerOptions _options = null!;

    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        LearningRuntime.Initialize(1);
        var options = new TrainerOptions { Mode = TrainingMode.Dtde, Workers = Workers, EpisodesPerIteration = 8, Iterations = int.MaxValue };
        _collector = new RolloutCollector(_ => new SyntheticMarketEnvironment(), Workers, 8, options.Seed);
        _state = new TrainingState(options, EnvironmentSpec.Of(new SyntheticMarketEnvironment()));
        _snapshot = _state.Snapshot();
        _options = options with { Iterations = 1 };
    }

    [GlobalCleanup]
    public void Cleanup() => _state?.Dispose();

    /// <summary>Samples 1 344 agent-steps with exploration noise.</summary>
    [Benchmark]
    public int Sample() => _collector.Collect(_snapshot, 0, 8, true, CancellationToken.None).Sum(e => e.Length);

    /// <summary>One PPO iteration (network set-up, sampling and update).</summary>
    [Benchmark]
    public int PpoIteration()
    {
        using var run = TrainerFactory.Create(_options);
        return run.Train(_ => new SyntheticMarketEnvironment()).LearningCurve.Count;
    }
}
