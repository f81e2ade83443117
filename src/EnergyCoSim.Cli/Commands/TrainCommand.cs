using System.CommandLine;
using System.Globalization;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Cli.Learning;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Learning.Environments;
using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;
using Spectre.Console;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>train &lt;scenario&gt;</c>: trains agents with PPO, APPO or SAC under CTCE, CTDE or DTDE and writes a checkpoint and the learning curve.</summary>
internal sealed class TrainCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "One scenario file." };
        var algorithm = new Option<string>("--algorithm") { Description = "ppo, appo or sac.", DefaultValueFactory = _ => "ppo" };
        var mode = new Option<string>("--mode") { Description = "ctce, ctde or dtde.", DefaultValueFactory = _ => "ctde" };
        var iterations = new Option<int>("--iterations") { Description = "Training iterations.", DefaultValueFactory = _ => 20 };
        var workers = new Option<int>("--workers") { Description = "Environment workers sampling in parallel.", DefaultValueFactory = _ => 1 };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the networks and exploration (default: the scenario's)." };
        var episodes = new Option<int?>("--episodes-per-iteration") { Description = "Episodes sampled per iteration (default 8)." };
        var learningRate = new Option<double?>("--learning-rate") { Description = "Optimiser step size (default MARLEM's 1e-5; short runs learn faster with ~3e-4)." };
        var output = new Option<string?>("--out") { Description = "Output folder (default runs/train-<scenario>-<algorithm>-<mode>)." };
        var command = new Command("train", "Train agents with native multi-agent RL and write a checkpoint and the learning curve.")
        {
            scenario, algorithm, mode, iterations, workers, seed, episodes, learningRate, output,
        };
        command.SetAction((parse, ct) =>
        {
            var doc = ScenarioLoader.Load(parse.GetValue(scenario)!);
            var baseOptions = new TrainerOptions();
            var options = baseOptions with
            {
                Algorithm = LearningOptionsParser.Algorithm(parse.GetValue(algorithm)!),
                Mode = LearningOptionsParser.Mode(parse.GetValue(mode)!),
                Iterations = parse.GetValue(iterations),
                Workers = parse.GetValue(workers),
                Seed = parse.GetValue(seed) ?? doc.Seed,
                EpisodesPerIteration = parse.GetValue(episodes) ?? baseOptions.EpisodesPerIteration,
                LearningRate = parse.GetValue(learningRate) ?? baseOptions.LearningRate,
            };
            var outDir = parse.GetValue(output) ?? Path.Combine("runs", $"train-{doc.Name}-{parse.GetValue(algorithm)}-{parse.GetValue(mode)}".ToLowerInvariant());
            return Task.FromResult(Train(context, doc, options, outDir, ct));
        });
        return command;
    }

    private static int Train(CliContext context, ScenarioDocument doc, TrainerOptions options, string outDir, CancellationToken ct)
    {
        var compiled = ScenarioCompiler.Compile(doc);
        // One intra-op thread: the networks are small, and libtorch's default OpenMP threads spin against the sampling
        // workers (a 5-iteration case-5 run took 82 s of CPU with the default, 3.6 s with one thread); also reproducible.
        LearningRuntime.Initialize(1);
        using var trainer = TrainerFactory.Create(options, context.LoggerFactory.CreateLogger("train"));
        TrainingResult result;
        if (context.Interactive)
        {
            result = null!;
            context.Console.Progress().Start(p =>
            {
                var task = p.AddTask($"{options.Algorithm}/{options.Mode}", maxValue: options.Iterations);
                var progress = new Progress<TrainingProgress>(r =>
                {
                    task.Value = r.Iteration;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{options.Algorithm}/{options.Mode} reward {r.MeanEpisodeReward:0.0}");
                });
                result = trainer.Train(_ => new MarketTrainingEnvironment(compiled), progress, ct);
            });
        }
        else
        {
            result = trainer.Train(_ => new MarketTrainingEnvironment(compiled), null, ct);
        }

        Directory.CreateDirectory(outDir);
        var checkpoint = Path.Combine(outDir, "checkpoint");
        trainer.SaveCheckpoint(checkpoint);
        EnergyCoSim.Learning.Training.LearningCurveCsv.Write(Path.Combine(outDir, "learning_curves.csv"), result);
        var table = new Table().Title($"Learning curve ({options.Algorithm}, {options.Mode})").AddColumns("Iteration", "Mean reward", "Min", "Max", "Clearing price", "P2P share");
        foreach (var r in result.LearningCurve)
        {
            table.AddRow(
                r.Iteration.ToString(CultureInfo.InvariantCulture),
                F(r.Overall.Mean), F(r.Overall.Min), F(r.Overall.Max),
                F(r.Metrics.GetValueOrDefault("clearing_price_usd_per_mwh")), r.Metrics.GetValueOrDefault("p2p_share").ToString("0.0%", CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        context.Out.WriteLine($"checkpoint: {Path.GetFullPath(checkpoint)}");
        return result.LearningCurve.Count == options.Iterations ? ExitCodes.Success : throw new ModelException("trainer", "stopped before the last iteration");
    }

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
