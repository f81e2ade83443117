using System.CommandLine;
using EnergyCoSim.Cli.Fmu;
using EnergyCoSim.Cli.Infrastructure;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>fmu info</c> and <c>fmu simulate</c>: inspect an FMU and run it alone.</summary>
internal sealed class FmuCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var command = new Command("fmu", "Inspect an FMI 2.0/3.0 co-simulation FMU or run it on its own.");
        command.Subcommands.Add(BuildInfo(context));
        command.Subcommands.Add(BuildSimulate(context));
        return command;
    }

    private static Command BuildInfo(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Path of the .fmu file." };
        var command = new Command("info", "Print FMI version, model name, capabilities and a table of variables.") { file };
        command.SetAction(parse =>
        {
            FmuInfoPrinter.Print(parse.GetValue(file)!, context);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command BuildSimulate(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Path of the .fmu file." };
        var stop = new Option<double>("--stop") { Description = "Stop time in seconds.", Required = true };
        var step = new Option<double>("--step") { Description = "Communication step size in seconds.", Required = true };
        var start = new Option<double?>("--start") { Description = "Start time in seconds (default: the FMU's default experiment, else 0)." };
        var set = new Option<string[]>("--set") { Description = "Parameter or input value, name=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string?>("--out") { Description = "CSV file for the outputs (default: standard output)." };
        var command = new Command("simulate", "Run the FMU alone and write its outputs after every step as CSV.") { file, stop, step, start, set, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new FmuSimulationOptions(parse.GetValue(file)!, parse.GetValue(start), parse.GetValue(stop), parse.GetValue(step), parse.GetValue(set) ?? []);
            var path = parse.GetValue(output);
            if (path is null)
            {
                return await FmuSimulator.RunAsync(options, context.Out, context, cancellationToken).ConfigureAwait(false);
            }

            var writer = new StreamWriter(path);
            await using (writer.ConfigureAwait(false))
            {
                return await FmuSimulator.RunAsync(options, writer, context, cancellationToken).ConfigureAwait(false);
            }
        });
        return command;
    }
}
