using System.CommandLine;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Cli.Running;
using EnergyCoSim.Reporting;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;
using Spectre.Console;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>run &lt;scenario file or folder&gt;</c>: runs every scenario, prints the case study's tables and writes the results.</summary>
internal sealed class RunCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var path = new Argument<string>("scenario") { Description = "A scenario file or a folder of scenario files (a study)." };
        var episodes = new Option<int?>("--episodes") { Description = "Episodes per scenario (default: the scenario's)." };
        var seed = new Option<ulong?>("--seed") { Description = "Override every scenario's seed." };
        var strategy = new Option<string?>("--strategy") { Description = "zero-intelligence, rule-based or policy (default: the scenario's)." };
        var output = new Option<string?>("--out") { Description = "Output folder (default: runs/<scenario folder or file name>)." };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "Checkpoint directory of a trained policy (with --strategy policy)." };
        var report = new Option<bool>("--report") { Description = "Also render the figures and write report.html beside the CSV files." };
        var parallel = new Option<int>("--parallel") { Description = "Scenarios run at once (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("run", "Run scenarios and print the storage coordination metrics, the performance summary and the ranking.")
        {
            path, episodes, seed, strategy, checkpoint, output, report, parallel,
        };
        command.SetAction((parse, ct) => RunAsync(context, new RunRequest(
            parse.GetValue(path)!, parse.GetValue(episodes), parse.GetValue(seed), parse.GetValue(strategy), parse.GetValue(output), Math.Max(1, parse.GetValue(parallel)), parse.GetValue(report), parse.GetValue(checkpoint)), ct));
        return command;
    }

    internal static async Task<int> RunAsync(CliContext context, RunRequest request, CancellationToken ct)
    {
        var documents = ScenarioLoader.LoadAll(request.Path);
        if (request.Episodes is { } e && e < 1)
        {
            throw new Core.Errors.ValidationException("--episodes", e, "must be ≥ 1");
        }

        foreach (var d in documents)
        {
            d.Seed = request.Seed ?? d.Seed;
        }

        var compiled = documents.Select(ScenarioCompiler.Compile).ToArray();
        var strategies = documents.Select(d => StrategyCatalog.Create(request.Strategy ?? d.Strategy, LoadPolicy(request.Checkpoint ?? d.Checkpoint, d))).ToArray();
        var results = new ScenarioResult[compiled.Length];
        using var gate = new SemaphoreSlim(request.Parallel);
        async Task RunOne(int i, IProgress<RunProgress>? progress)
        {
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                results[i] = await Task.Run(() => ScenarioRunner.Run(compiled[i], strategies[i], request.Episodes, null, progress, ct), ct).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }

        if (context.Interactive)
        {
            await context.Console.Progress().StartAsync(async p =>
            {
                var tasks = compiled.Select((c, i) =>
                {
                    var task = p.AddTask(c.Document.Name ?? $"scenario {i}", maxValue: (request.Episodes ?? c.Document.Episodes) * c.Document.MaxSteps);
                    return RunOne(i, new Progress<RunProgress>(r => task.Value = r.StepsDone));
                }).ToArray();
                await Task.WhenAll(tasks).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        else
        {
            await Task.WhenAll(compiled.Select((_, i) => RunOne(i, null))).ConfigureAwait(false);
        }

        ResultTables.Write(context.Console, results);
        var outDir = request.Output ?? System.IO.Path.Combine("runs", System.IO.Path.GetFileNameWithoutExtension(System.IO.Path.TrimEndingDirectorySeparator(request.Path)));
        RunDirectoryWriter.Write(outDir, results, RunReport.Version);
        context.Out.WriteLine($"results: {System.IO.Path.GetFullPath(outDir)}");
        if (request.Report)
        {
            var html = context.Interactive
                ? await context.Console.Status().StartAsync("rendering figures", _ => Task.Run(() => RunReport.WriteFromDirectory(outDir, null, ct), ct)).ConfigureAwait(false)
                : RunReport.WriteFromDirectory(outDir, null, ct);
            context.Out.WriteLine($"report:  {html}");
        }

        return ExitCodes.Success;
    }

    private static Simulation.Strategies.IPolicy? LoadPolicy(string? checkpoint, ScenarioDocument scenario)
    {
        if (checkpoint is null)
        {
            return null;
        }

        var dir = System.IO.Path.IsPathRooted(checkpoint) || Directory.Exists(checkpoint) ? checkpoint : System.IO.Path.Combine(scenario.BaseDirectory, checkpoint);
        if (!Directory.Exists(dir))
        {
            throw new Core.Errors.NotFoundException("checkpoint", checkpoint);
        }

        EnergyCoSim.Learning.Training.LearningRuntime.Initialize();
        return EnergyCoSim.Learning.Policies.TrainedPolicy.Load(dir, deterministic: true, seed: scenario.Seed);
    }

    internal sealed record RunRequest(string Path, int? Episodes, ulong? Seed, string? Strategy, string? Output, int Parallel, bool Report = false, string? Checkpoint = null);
}
