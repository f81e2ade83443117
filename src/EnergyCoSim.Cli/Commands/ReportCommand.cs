using System.CommandLine;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Reporting;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>report &lt;run dir&gt;</c>: renders the figures of an existing run and writes report.html beside its CSV files.</summary>
internal sealed class ReportCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var runDir = new Argument<string>("run-dir") { Description = "A run directory written by `run` (holds summary.json and one folder per scenario)." };
        var embed = new Option<bool>("--embed") { Description = "Embed the figures in report.html (one file to share) instead of writing them to figures/." };
        var violinOnly = new Option<bool>("--violin-only") { Description = "Draw only the violin variant of the price/volume distributions (faster)." };
        var command = new Command("report", "Render the figures of a run and write report.html beside its CSV files.") { runDir, embed, violinOnly };
        command.SetAction((parse, ct) =>
        {
            var options = new ReportOptions { EmbedImages = parse.GetValue(embed), AllDistributionKinds = !parse.GetValue(violinOnly) };
            var path = RunReport.WriteFromDirectory(parse.GetValue(runDir)!, options, ct);
            context.Out.WriteLine(path);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
