using System.CommandLine;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Cli.PowerFlow;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Grid.IO;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Grid.PowerFlow;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>pf</c>: solves a power flow for a case file (MATPOWER .m or EnergyCoSim .json) or a built-in feeder.</summary>
internal sealed class PowerFlowCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var caseArg = new Argument<string>("case") { Description = $"Case file (.m MATPOWER v2, .json EnergyCoSim) or built-in feeder: {string.Join(", ", BuiltInFeeders.Names)}." };
        var algorithm = new Option<string>("--algorithm", "-a") { Description = "nr (Newton-Raphson), bfs (backward/forward sweep) or dc.", DefaultValueFactory = _ => "nr" };
        algorithm.AcceptOnlyFromAmong("nr", "bfs", "dc");
        var format = new Option<string>("--format", "-f") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var output = new Option<string?>("--out", "-o") { Description = "Write the output to this file instead of standard output." };
        var command = new Command("pf", "Solve a power flow and print the bus table, voltage extremes and losses.") { caseArg, algorithm, format, output };
        command.SetAction((parse, ct) =>
        {
            var grid = LoadCase(parse.GetValue(caseArg)!);
            var result = parse.GetValue(algorithm) switch
            {
                "bfs" => new BackwardForwardSweepSolver().Solve(grid, ct),
                "dc" => new DcPowerFlowSolver().Solve(grid, ct),
                _ => new NewtonRaphsonSolver(logger: context.LoggerFactory.CreateLogger("EnergyCoSim.Grid.PowerFlow")).Solve(grid, ct),
            };
            var text = new StringWriter();
            if (parse.GetValue(format) == "json")
            {
                text.WriteLine(PowerFlowResultWriter.ToJson(result));
            }
            else
            {
                PowerFlowTableFormatter.Write(result, text);
            }

            var path = parse.GetValue(output);
            if (path is null)
            {
                context.Out.Write(text.ToString());
            }
            else
            {
                File.WriteAllText(path, text.ToString());
            }

            return Task.FromResult(result.Converged ? ExitCodes.Success : ExitCodes.ModelFailure);
        });
        return command;
    }

    private static GridCase LoadCase(string spec)
    {
        if (BuiltInFeeders.Exists(spec) && !File.Exists(spec))
        {
            return BuiltInFeeders.Load(spec);
        }

        if (!File.Exists(spec))
        {
            throw new NotFoundException("case file or built-in feeder", spec, $"built-in feeders: {string.Join(", ", BuiltInFeeders.Names)}");
        }

        return Path.GetExtension(spec).ToLowerInvariant() switch
        {
            ".m" => MatpowerCaseReader.ReadFile(spec),
            ".json" => JsonCaseReader.ReadFile(spec),
            _ => throw new ValidationException("case", spec, "must be a .m (MATPOWER) or .json (EnergyCoSim) file"),
        };
    }
}
