using System.CommandLine;
using System.Globalization;
using EnergyCoSim.Client;
using EnergyCoSim.Cli.Cosim;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Composition;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Grid.Components;
using EnergyCoSim.Master;
using EnergyCoSim.Reporting;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Scenarios;
using Spectre.Console;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>cosim</c>: runs a scenario with a <c>cosim</c> section (market, power flow, DSO control) under the master.</summary>
internal sealed class CosimCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var scenarioArg = new Argument<string>("scenario") { Description = "Scenario file with a cosim section." };
        var until = new Option<int?>("--until") { Description = "Stop after this many market intervals (default: the scenario's steps)." };
        var realtime = new Option<double?>("--realtime") { Description = "Pace the run at this real-time factor (simulated seconds per wall-clock second)." };
        var output = new Option<string?>("--out", "-o") { Description = "Run directory (market and grid records, failure.json); default runs/<scenario>-cosim." };
        var htmlReport = new Option<bool>("--report") { Description = "Also render the figures and write report.html (market pages plus the grid page) in the run directory." };
        var command = new Command("cosim", "Run the market coupled to a feeder's power flow with the DSO's voltage and loading control.") { scenarioArg, until, realtime, output, htmlReport };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(scenarioArg)!;
            var doc = ScenarioLoader.Load(path);
            using var run = CosimScenario.Build(doc, parse.GetValue(until), parse.GetValue(realtime), remoteGrid: RemoteGrid);
            var total = run.Execution.Options.StopTime.Ticks;
            ExecutionReport report;
            if (context.Interactive)
            {
                ExecutionReport? last = null;
                await context.Console.Progress().StartAsync(async p =>
                {
                    var task = p.AddTask(doc.Name ?? "cosim", maxValue: total);
                    while (run.Execution.State is ExecutionState.Built or ExecutionState.Ready && run.Execution.CurrentTime.Ticks < total)
                    {
                        var step = await run.Execution.StepAsync(ct).ConfigureAwait(false);
                        task.Value = run.Execution.CurrentTime.Ticks;
                        if (step.Failure is not null)
                        {
                            break;
                        }
                    }

                    last = run.Execution.Report();
                }).ConfigureAwait(false);
                report = last!;
            }
            else
            {
                report = await run.RunAsync(ct).ConfigureAwait(false);
            }

            var dir = parse.GetValue(output) ?? Path.Combine("runs", Path.GetFileNameWithoutExtension(path) + "-cosim");
            Directory.CreateDirectory(dir);
            var written = run.Market.Environment.MarketHistory.Count > 0;
            if (written)
            {
                RunDirectoryWriter.Write(dir, [CosimRunResults.Build(run, doc)], RunReport.Version);
            }

            CosimOutputWriter.WriteSummary(context.Out, run, report);
            if (report.Failure is { } failure)
            {
                CosimOutputWriter.WriteFailure(Path.Combine(dir, "failure.json"), failure);
                context.Error.WriteLine($"failure report: {Path.GetFullPath(Path.Combine(dir, "failure.json"))}");
                return failure.Kind == FailureKind.DeadlineMissed ? ExitCodes.DeadlineExceeded : ExitCodes.ModelFailure;
            }

            context.Out.WriteLine($"results: {Path.GetFullPath(dir)}");
            if (parse.GetValue(htmlReport) && written)
            {
                context.Out.WriteLine($"report:  {RunReport.WriteFromDirectory(dir, null, ct)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The remote power flow of <c>cosim.power_flow.solver: remote</c>, named like the embedded one.</summary>
    internal static ICoSimComponent RemoteGrid(string name, Uri address, TimeSpan deadline, IReadOnlyList<int> buses, IReadOnlyList<string> branches, IReadOnlyList<bool> branchInService) =>
        new RemoteGridComponent(name, new RemoteGridSolver(address, deadline), buses.Select(b => b.ToString(CultureInfo.InvariantCulture)).ToArray(), "bus_", branches, PowerFlowVariableNames.BranchPrefix, branchInService);
}
