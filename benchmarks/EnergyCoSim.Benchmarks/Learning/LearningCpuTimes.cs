using System.Diagnostics;
using EnergyCoSim.Learning.Environments;
using EnergyCoSim.Learning.Rollouts;
using EnergyCoSim.Learning.Training;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.Benchmarks.Learning;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/EnergyCoSim.Benchmarks -- learning-cpu</c>: the case-5 learning
/// figures in process CPU time as well as wall time, for machines shared with other jobs where wall time mostly
/// measures the queue. CPU time of one thread approximates the wall time the work would take on an idle core.
/// </summary>
public static class LearningCpuTimes
{
    public static void Run(TextWriter output)
    {
        LearningRuntime.Initialize(1);
        var scenario = Case5Scenario.Compile();
        foreach (var workers in new[] { 1, 2 })
        {
            var quiet = Case5Scenario.CompileWithoutLedger();
            var noLedger = new RolloutCollector(_ => new MarketTrainingEnvironment(quiet), workers, 8, 42);
            using (var s = new TrainingState(new TrainerOptions { Mode = TrainingMode.Ctde }, EnvironmentSpec.Of(new MarketTrainingEnvironment(quiet))))
            {
                var policy = s.Snapshot();
                // Enough warm-up for tiered compilation to reach the optimised code (one collect left 1-worker figures at a tenth).
                for (var r = 0; r < 20; r++)
                {
                    noLedger.Collect(policy, r * 8L, 8, true, CancellationToken.None);
                }

                var (w, c) = Measure(() =>
                {
                    for (var r = 0; r < 10; r++)
                    {
                        noLedger.Collect(policy, r * 8L, 8, true, CancellationToken.None);
                    }
                });
                output.WriteLine($"sampling without ledger, {workers} worker(s): {13440 / w:F0} agent-steps per wall s, {13440 / c:F0} per CPU s");
            }

            var options = new TrainerOptions { Mode = TrainingMode.Ctde, Workers = workers, EpisodesPerIteration = 8 };
            var collector = new RolloutCollector(_ => new MarketTrainingEnvironment(scenario), workers, 8, options.Seed);
            using var state = new TrainingState(options, EnvironmentSpec.Of(new MarketTrainingEnvironment(scenario)));
            var snapshot = state.Snapshot();
            for (var r = 0; r < 5; r++)
            {
                collector.Collect(snapshot, r * 8L, 8, true, CancellationToken.None);
            }

            const int Repeats = 10;
            var (wall, cpu) = Measure(() =>
            {
                for (var r = 0; r < Repeats; r++)
                {
                    collector.Collect(snapshot, r * 8L, 8, true, CancellationToken.None);
                }
            });
            var steps = Repeats * 8 * 24 * 7;
            output.WriteLine($"sampling, {workers} worker(s): {steps} agent-steps in {wall:F2} s wall, {cpu:F2} s CPU -> {steps / wall:F0} per wall s, {steps / cpu:F0} per CPU s");

            var (ppoWall, ppoCpu) = Measure(() =>
            {
                using var run = TrainerFactory.Create(options with { Iterations = 3 });
                run.Train(_ => new MarketTrainingEnvironment(scenario));
            });
            output.WriteLine($"PPO CTDE, MARLEM defaults, {workers} worker(s): {ppoWall / 3:F2} s wall, {ppoCpu / 3:F2} s CPU per iteration");
        }

        foreach (var mode in new[] { TrainingMode.Ctce, TrainingMode.Ctde, TrainingMode.Dtde })
        {
            var options = new TrainerOptions { Algorithm = Algorithm.Sac, Mode = mode, Iterations = 2, SacWarmupSteps = 0 };
            using var trainer = new SacTrainer(options, NullLogger.Instance);
            trainer.Train(_ => new MarketTrainingEnvironment(scenario));
            const int Updates = 96;
            var (wall, cpu) = Measure(() => trainer.RunUpdates(Updates));
            output.WriteLine($"SAC {mode}, hidden 128, minibatch 128: {Updates / wall:F1} updates per wall s, {Updates / cpu:F1} per CPU s");
        }

        output.WriteLine($"LibTorchGuard: {EnergyCoSim.Learning.Native.LibTorchGuard.Regions} no-GC regions started in {EnergyCoSim.Learning.Native.LibTorchGuard.StartSeconds:F2} s wall, {EnergyCoSim.Learning.Native.LibTorchGuard.Unguarded} not kept");
    }

    private static (double Wall, double Cpu) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        process.Refresh();
        return (watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }
}
