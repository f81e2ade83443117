using System.Text.Json.Nodes;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Hosting;
using EnergyCoSim.Mosaik.Protocol;
using EnergyCoSim.Mosaik.Simple;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Mosaik.Tests;

/// <summary>Requests from the endpoint to mosaik during a step, and cancellation of a waiting session.</summary>
public sealed class MosaikMasterRequestTests
{
    private static async Task<(TestMaster Master, Task<MosaikSessionResult> Session, ListLoggerProvider Logs, ILoggerFactory Factory)> StartAsync(MosaikEndpointOptions options, CancellationToken cancellationToken)
    {
        var logs = new ListLoggerProvider();
        var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        var (listener, address) = TestMaster.Listen();
        try
        {
            var host = new MosaikTcpHost(() => new SimpleCommunityModelProvider(), options, MosaikConnectionOptions.Default, factory);
            var session = host.ConnectAsync(MosaikAddress.Parse(address), cancellationToken);
            return (await TestMaster.AcceptAsync(listener), session, logs, factory);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Step_MosaikAnswersOurRequestsWithFailures_StepStillSucceedsAndFailureIsLogged()
    {
        var (master, session, logs, factory) = await StartAsync(new MosaikEndpointOptions(progressEverySteps: 1, queryRelatedEntities: true), CancellationToken.None);
        using (factory)
        await using (master)
        {
            master.FailSimulatorRequests = true;
            await master.CallOkAsync("init", ["EnergyCoSim-0"], new JsonObject());
            await master.CallOkAsync("create", [1, "Market"], new JsonObject { ["num_prosumers"] = 1 });

            Assert.Equal(900, (await master.CallOkAsync("step", [0, new JsonObject(), 1800]))!.GetValue<long>());
            Assert.Equal(1800, (await master.CallOkAsync("step", [900, new JsonObject(), 1800]))!.GetValue<long>());

            Assert.Equal(["get_related_entities", "get_progress", "get_progress"], master.ReceivedRequests.Select(r => r.Method));
            Assert.Equal([0L, 1L, 2L], master.ReceivedRequests.Select(r => r.Id));
            Assert.Contains(logs.Lines, l => l.Contains("'get_progress' failed, continuing", StringComparison.Ordinal));
            Assert.Null(await master.CallOkAsync("stop"));
            Assert.Equal(MosaikCloseReason.Stopped, (await session.WaitAsync(TimeSpan.FromSeconds(20))).Reason);
        }
    }

    [Fact]
    public async Task Session_CancelledWhileWaitingForMosaik_EndsCancelledAndClosesSocket()
    {
        using var cts = new CancellationTokenSource();
        var (master, session, _, factory) = await StartAsync(MosaikEndpointOptions.Default, cts.Token);
        using (factory)
        await using (master)
        {
            await master.CallOkAsync("init", ["EnergyCoSim-0"], new JsonObject());

            await cts.CancelAsync();

            Assert.Equal(MosaikCloseReason.Cancelled, (await session.WaitAsync(TimeSpan.FromSeconds(20))).Reason);
            Assert.True(await master.IsClosedByPeerAsync());
        }
    }
}
