using System.CommandLine;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>validate &lt;scenario file or folder&gt;</c>: checks scenario files and lists every problem of every file.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var path = new Argument<string>("scenario") { Description = "A scenario file (.yaml, .yml, .json) or a folder of them." };
        var command = new Command("validate", "Check scenario files and list every problem with its path.") { path };
        command.SetAction(parse => Run(context, parse.GetValue(path)!));
        return command;
    }

    private static int Run(CliContext context, string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(IsScenarioFile).Order(StringComparer.Ordinal).ToArray()
            : [path];
        if (files.Length == 0)
        {
            throw new NotFoundException("scenario file", path, "the folder holds no .yaml, .yml or .json file");
        }

        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                var scenario = ScenarioLoader.Load(file);
                context.Out.WriteLine($"ok      {file} ({scenario.Name}, {AgentGroups.Expand(scenario.Agents).Count} agents, {scenario.MaxSteps} steps)");
            }
            catch (ValidationException ex)
            {
                failed++;
                context.Out.WriteLine($"invalid {file}: {ex.Violations.Count} problem(s)");
                foreach (var v in ex.Violations)
                {
                    context.Out.WriteLine($"  {v}");
                }
            }
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.Validation;
    }

    private static bool IsScenarioFile(string f) =>
        Path.GetExtension(f) is var e && (e.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || e.Equals(".yml", StringComparison.OrdinalIgnoreCase) || e.Equals(".json", StringComparison.OrdinalIgnoreCase));
}
