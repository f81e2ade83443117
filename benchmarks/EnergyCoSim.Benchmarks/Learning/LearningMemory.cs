using System.Diagnostics;
using EnergyCoSim.Learning.Environments;
using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Benchmarks.Learning;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/EnergyCoSim.Benchmarks -- learning-memory [iterations] [ppo|appo|sac] [ctce|ctde|dtde] [--collect]</c>:
/// managed heap and resident set after each training iteration on case 5, so growth per iteration is visible.
/// </summary>
public static class LearningMemory
{
    public static void Run(string[] args, TextWriter output)
    {
        var iterations = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40;
        var algorithm = args.Length > 2 ? Enum.Parse<Algorithm>(args[2], true) : Algorithm.Ppo;
        var mode = args.Length > 3 ? Enum.Parse<TrainingMode>(args[3], true) : TrainingMode.Ctde;
        var collect = args.Contains("--collect");
        LearningRuntime.Initialize(1);
        var scenario = Case5Scenario.Compile();
        var options = new TrainerOptions { Algorithm = algorithm, Mode = mode, Iterations = iterations, EpisodesPerIteration = 8 };
        using var trainer = TrainerFactory.Create(options);
        var first = 0.0;
        var atTen = 0.0;
        var progress = new SynchronousProgress(p =>
        {
            if (collect)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
            }

            using var process = Process.GetCurrentProcess();
            var rss = process.WorkingSet64 / 1048576.0;
            var managed = GC.GetTotalMemory(false) / 1048576.0;
            if (p.Iteration == 1)
            {
                first = rss;
            }

            if (p.Iteration == 10)
            {
                atTen = rss;
            }

            output.WriteLine($"iteration {p.Iteration,4}: resident {rss,8:F1} MB, managed heap {managed,7:F1} MB, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, finalizers pending? {GC.GetGCMemoryInfo().PinnedObjectsCount} pinned, committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0:F0} MB");
        });
        trainer.Train(_ => new MarketTrainingEnvironment(scenario), progress);
        using var end = Process.GetCurrentProcess();
        var last = end.WorkingSet64 / 1048576.0;
        output.WriteLine($"{algorithm} {mode}: resident {first:F1} MB after iteration 1, {last:F1} MB after {iterations}; growth after iteration 10: {(last - atTen) / Math.Max(1, iterations - 10):F2} MB per iteration");
    }

    private sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
