using BenchmarkDotNet.Attributes;
using EnergyCoSim.Learning.Environments;
using EnergyCoSim.Learning.Training;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.Benchmarks.Learning;

/// <summary>
/// SAC gradient steps on case 5 (7 agents, hidden 128, minibatch 128, MARLEM defaults otherwise): 48 updates per
/// operation, the number one iteration of 8 episodes makes at 0.25 updates per environment step.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet needs an unsealed class; [GlobalCleanup] disposes.")]
public class Case5SacBenchmarks
{
    private SacTrainer? _trainer;

    [Params(TrainingMode.Ctce, TrainingMode.Ctde, TrainingMode.Dtde)]
    public TrainingMode Mode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        LearningRuntime.Initialize(1);
        var scenario = Case5Scenario.Compile();
        var options = new TrainerOptions { Algorithm = Algorithm.Sac, Mode = Mode, Iterations = 2, SacWarmupSteps = 0 };
        _trainer = new SacTrainer(options, NullLogger.Instance);
        _trainer.Train(_ => new MarketTrainingEnvironment(scenario));
    }

    [GlobalCleanup]
    public void Cleanup() => _trainer?.Dispose();

    /// <summary>48 SAC updates (critic, actor and temperature steps, Polyak averaging).</summary>
    [Benchmark(OperationsPerInvoke = 48)]
    public long Updates() => _trainer!.RunUpdates(48);
}
