using EnergyCoSim.Cli.Infrastructure;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace EnergyCoSim.Cli;

/// <summary>The <c>energycosim</c> command-line entry point (composition root).</summary>
public static class Program
{
    /// <summary>Runs the CLI; Ctrl+C cancels the running command cleanly.</summary>
    public static async Task<int> Main(string[] args)
    {
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };
        var verbose = Environment.GetEnvironmentVariable("ENERGYCOSIM_LOG") is { Length: > 0 };
        using var loggerFactory = LoggerFactory.Create(b => b
            .AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning)
            .AddFilter((_, level) => level >= (verbose ? LogLevel.Debug : LogLevel.Warning)));
        if (Console.IsOutputRedirected)
        {
            // Tables written to a file or a pipe keep their columns readable.
            AnsiConsole.Console.Profile.Width = 160;
        }

        var context = new CliContext
        {
            Console = AnsiConsole.Console,
            Out = Console.Out,
            Error = Console.Error,
            LoggerFactory = loggerFactory,
            Interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null,
        };
        return await CliApplication.RunAsync(args, context, cts.Token).ConfigureAwait(false);
    }
}
