using System.CommandLine;
using System.Reflection;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Cli.Infrastructure;

/// <summary>Builds the command tree and runs it, turning EnergyCoSim errors into messages and exit codes.</summary>
public static class CliApplication
{
    /// <summary>The root command with every discovered command attached.</summary>
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("EnergyCoSim: local energy market co-simulation component (market, batteries, grid, FMI, gRPC).");
        var commands = typeof(CliApplication).Assembly.GetTypes()
            .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in commands)
        {
            var command = (ICliCommand)Activator.CreateInstance(type, nonPublic: true)!;
            root.Subcommands.Add(command.Build(context));
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        try
        {
            var config = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (EnergyCoSimException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.For(ex.Code);
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is EnergyCoSimException inner)
        {
            await context.Error.WriteLineAsync($"error: {inner.Message}").ConfigureAwait(false);
            return ExitCodes.For(inner.Code);
        }
    }
}
