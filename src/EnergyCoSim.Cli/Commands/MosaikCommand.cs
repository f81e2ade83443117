using System.CommandLine;
using System.Net.Sockets;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Hosting;
using EnergyCoSim.Mosaik.Market;
using EnergyCoSim.Mosaik.Protocol;
using EnergyCoSim.Mosaik.Simple;

namespace EnergyCoSim.Cli.Commands;

/// <summary>
/// <c>mosaik --addr HOST:PORT</c> (mosaik's <c>cmd</c> start: connect to the address it passes as <c>%(addr)s</c>) or
/// <c>mosaik --listen HOST:PORT</c> (mosaik's <c>connect</c> start: wait for mosaik). Serves one session and exits:
/// 0 after <c>stop</c> or when mosaik closes the connection, non-zero on a protocol violation or a lost connection.
/// </summary>
internal sealed class MosaikCommand : ICliCommand
{
    /// <summary>Models the command can serve, by name: the scenario's market (default) or the small exact community model.</summary>
    private static readonly Dictionary<string, Func<MarketModelOptions, IMosaikModelProvider>> Models = new(StringComparer.Ordinal)
    {
        ["market"] = options => new MarketModelProvider(options),
        ["simple"] = _ => new SimpleCommunityModelProvider(),
    };

    public Command Build(CliContext context)
    {
        var addr = new Option<string?>("--addr") { Description = "Connect to mosaik at HOST:PORT (sim-config 'cmd': \"energycosim mosaik --addr %(addr)s\")." };
        var listen = new Option<string?>("--listen") { Description = "Listen on HOST:PORT for mosaik to connect (sim-config 'connect'); loopback unless a host is given, port 0 = any." };
        var model = new Option<string>("--model") { Description = $"Model to serve: {string.Join(", ", Models.Keys)}.", DefaultValueFactory = _ => "market" };
        var examples = new Option<string?>("--examples") { Description = "Folder of shipped example scenarios the 'scenario' sim param may name as folder/name (default: the repository's examples/, found from here or from the tool)." };
        var progress = new Option<int>("--progress-every") { Description = "Ask mosaik for its progress every N steps and log it (0 = never).", DefaultValueFactory = _ => 0 };
        var command = new Command("mosaik", "Run as a mosaik 3 simulator (one session), started by mosaik ('cmd') or reached by it ('connect').")
        {
            addr, listen, model, progress, examples,
        };
        command.SetAction((parse, ct) => RunAsync(context, parse.GetValue(addr), parse.GetValue(listen), parse.GetValue(model)!, parse.GetValue(progress), parse.GetValue(examples), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? addr, string? listen, string model, int progressEvery, string? examples, CancellationToken cancellationToken)
    {
        if ((addr is null) == (listen is null))
        {
            throw new ValidationException("mosaik", null, "needs exactly one of --addr HOST:PORT or --listen HOST:PORT");
        }

        if (!Models.TryGetValue(model, out var factory))
        {
            throw new NotFoundException("model", model, $"known: {string.Join(", ", Models.Keys)}");
        }

        var options = new MarketModelOptions(examples ?? FindExamples());
        var host = new MosaikTcpHost(() => factory(options), new MosaikEndpointOptions(progressEvery, queryRelatedEntities: false), MosaikConnectionOptions.Default, context.LoggerFactory);
        var address = MosaikAddress.Parse(addr ?? listen!, addr is not null ? "--addr" : "--listen");
        MosaikSessionResult result;
        try
        {
            result = addr is not null
                ? await host.ConnectAsync(address, cancellationToken).ConfigureAwait(false)
                : await host.ListenAsync(address, ep => context.Out.WriteLine($"listening on {ep}"), cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            // Nobody listening at --addr, or --listen's port is taken: a clear message, not a stack trace.
            await context.Error.WriteLineAsync($"error: cannot {(addr is not null ? "connect to" : "listen on")} {address}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Unexpected;
        }
        if (!result.IsClean)
        {
            await context.Error.WriteLineAsync($"mosaik session ended: {result.Reason}: {result.Detail}").ConfigureAwait(false);
        }

        return result.Reason switch
        {
            MosaikCloseReason.Stopped or MosaikCloseReason.PeerClosed => ExitCodes.Success,
            MosaikCloseReason.Cancelled => ExitCodes.Cancelled,
            MosaikCloseReason.ProtocolViolation => ExitCodes.Validation,
            _ => ExitCodes.Unexpected,
        };
    }

    /// <summary>mosaik starts the tool from the scenario's folder: look for examples/ upwards from there and from the tool.</summary>
    private static string? FindExamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "examples");
                if (Directory.Exists(Path.Combine(candidate, "case5-battery-coordination")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
