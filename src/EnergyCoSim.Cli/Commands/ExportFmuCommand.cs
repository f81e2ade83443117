using System.CommandLine;
using EnergyCoSim.Cli.FmuExport;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.FmuExport;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>export-fmu &lt;scenario&gt; --fmi 2|3 [--out market.fmu]</c>: packs the market of a scenario as a co-simulation FMU.</summary>
internal sealed class ExportFmuCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario file (.yaml, .yml, .json)." };
        var fmi = new Option<int>("--fmi") { Description = "FMI version: 2 or 3.", DefaultValueFactory = _ => 2 };
        var output = new Option<string?>("--out") { Description = "Path of the .fmu (default: <scenario name>.fmu)." };
        var binary = new Option<string?>("--binary") { Description = "A prebuilt EnergyCoSim.FmuExport.so (default: build it from the repository once)." };
        var command = new Command("export-fmu", "Export the market and its batteries as an FMI 2.0/3.0 co-simulation FMU (NativeAOT binary, linux-x64).")
        {
            scenario, fmi, output, binary,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var version = parse.GetValue(fmi);
            if (version is not (2 or 3))
            {
                throw new ValidationException("--fmi", version, "must be 2 or 3");
            }

            var path = parse.GetValue(scenario)!;
            var document = ScenarioLoader.Load(path);
            var library = await FmuNativeLibraryLocator.LocateAsync(parse.GetValue(binary), context.Error, cancellationToken).ConfigureAwait(false);
            var target = parse.GetValue(output) ?? $"{document.Name}.fmu";
            var layout = FmuPackager.Pack(new FmuPackageRequest(document, library, version, target) { ScenarioFile = path });
            await context.Out.WriteLineAsync(
                $"wrote {Path.GetFullPath(target)} (FMI {version}.0, {layout.AgentIds.Count} agents, {layout.BusIds.Count} buses, {layout.Variables.Count} variables)").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
