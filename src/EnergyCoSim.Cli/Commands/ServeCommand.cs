using System.CommandLine;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Service;
using EnergyCoSim.Service.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>serve</c>: runs the gRPC co-simulation service (sessions, market, environment, lockstep, health, reflection).</summary>
internal sealed class ServeCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on (default loopback only).", DefaultValueFactory = _ => ServiceHost.DefaultUrls };
        var maxSessions = new Option<int>("--max-sessions") { Description = "Most sessions open at once.", DefaultValueFactory = _ => 64 };
        var examples = new Option<string>("--examples") { Description = "Folder of the shipped examples addressed by name.", DefaultValueFactory = _ => "examples" };
        var command = new Command("serve", "Run the gRPC co-simulation service until interrupted.") { urls, maxSessions, examples };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ServiceOptions { MaxSessions = parse.GetValue(maxSessions), ExamplesDirectory = parse.GetValue(examples)! };
            var builder = ServiceHost.CreateBuilder([], options, parse.GetValue(urls));
            var app = ServiceHost.MapServices(builder.Build());
            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"energycosim serve: listening on {string.Join(", ", app.Urls)}").ConfigureAwait(false);
                await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
