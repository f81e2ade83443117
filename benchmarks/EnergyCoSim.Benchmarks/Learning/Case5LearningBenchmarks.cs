using BenchmarkDotNet.Attributes;
using EnergyCoSim.Learning.Environments;
using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Rollouts;
using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Benchmarks.Learning;

/// <summary>
/// PPO on the real case-5 market (mixed_battery: 7 agents, 24 intervals): sampling 8 episodes (1 344 agent-steps,
/// market clearing included) with 1 and 2 workers, and one CTDE PPO iteration with MARLEM's defaults.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet needs an unsealed class; [GlobalCleanup] disposes.")]
public class Case5LearningBenchmarks
{
    private RolloutCollector _collector = null!;
    private TrainingState? _state;
    private PolicySnapshot _snapshot = null!;
    private TrainerOptions _options = null!;
    private CompiledScenario _scenario = null!;

    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        LearningRuntime.Initialize(1);
        _scenario = Case5Scenario.Compile();
        var options = new TrainerOptions { Mode = TrainingMode.Ctde, Workers = Workers, EpisodesPerIteration = 8, Iterations = int.MaxValue };
        _collector = new RolloutCollector(_ => new MarketTrainingEnvironment(_scenario), Workers, 8, options.Seed);
        _state = new TrainingState(options, EnvironmentSpec.Of(new MarketTrainingEnvironment(_scenario)));
        _snapshot = _state.Snapshot();
        _options = options with { Iterations = 1 };
    }

    [GlobalCleanup]
    public void Cleanup() => _state?.Dispose();

    /// <summary>Samples 1 344 agent-steps of the market with exploration noise.</summary>
    [Benchmark]
    public int Sample() => _collector.Collect(_snapshot, 0, 8, true, CancellationToken.None).Sum(e => e.Length);

    /// <summary>One CTDE PPO iteration (network set-up, sampling and 30 epochs of updates).</summary>
    [Benchmark]
    public int PpoIteration()
    {
        using var run = TrainerFactory.Create(_options);
        return run.Train(_ => new MarketTrainingEnvironment(_scenario)).LearningCurve.Count;
    }
}
