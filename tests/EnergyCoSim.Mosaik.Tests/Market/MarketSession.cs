using System.Net;
using System.Text.Json.Nodes;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Hosting;
using EnergyCoSim.Mosaik.Market;
using EnergyCoSim.Mosaik.Protocol;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.Mosaik.Tests.Market;

/// <summary>The market model behind a TCP host in either start mode, with the test master on the other end.</summary>
internal sealed class MarketSession : IAsyncDisposable
{
    private readonly CancellationTokenSource _cts;

    private MarketSession(TestMaster master, Task<MosaikSessionResult> session, CancellationTokenSource cts)
    {
        Master = master;
        Session = session;
        _cts = cts;
    }

    public TestMaster Master { get; }

    public Task<MosaikSessionResult> Session { get; }

    /// <summary>Starts a session; <paramref name="listen"/> true = mosaik's <c>connect</c> mode (the endpoint listens).</summary>
    public static async Task<MarketSession> StartAsync(bool listen)
    {
        var cts = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var host = new MosaikTcpHost(() => new MarketModelProvider(new MarketModelOptions(Path.Combine(MarketTestScenario.RepositoryRoot, "examples"))), MosaikEndpointOptions.Default, MosaikConnectionOptions.Default, NullLoggerFactory.Instance);
        if (listen)
        {
            var bound = new TaskCompletionSource<IPEndPoint>(TaskCreationOptions.RunContinuationsAsynchronously);
            var session = host.ListenAsync(MosaikAddress.Parse("127.0.0.1:0"), bound.SetResult, cts.Token);
            var endPoint = await bound.Task.WaitAsync(TimeSpan.FromSeconds(20));
            return new MarketSession(await TestMaster.ConnectAsync(endPoint.Port), session, cts);
        }

        var (listener, address) = TestMaster.Listen();
        try
        {
            var session = host.ConnectAsync(MosaikAddress.Parse(address), cts.Token);
            return new MarketSession(await TestMaster.AcceptAsync(listener), session, cts);
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>init with the case-5 scenario, create the market, setup_done; returns the entities (eid, type).</summary>
    public async Task<List<(string Eid, string Type)>> SetUpAsync(JsonObject? simParams = null)
    {
        await Master.CallOkAsync("init", ["EnergyCoSim-0"], simParams ?? MarketTestScenario.SimParams());
        var created = (await Master.CallOkAsync("create", [1, "Market"]))!.AsArray();
        var entities = new List<(string Eid, string Type)>();
        InProcessScenarioRunner.Flatten(created, entities);
        Assert.Null(await Master.CallOkAsync("setup_done"));
        return entities;
    }

    /// <summary>step(time, inputs) then get_data of <paramref name="request"/>; returns the next time and the data.</summary>
    public async Task<(long Next, JsonObject Data)> StepAsync(long time, JsonObject inputs, JsonObject request)
    {
        var next = (await Master.CallOkAsync("step", [time, inputs, 1_000_000]))!.GetValue<long>();
        var data = (await Master.CallOkAsync("get_data", [request.DeepClone()]))!.AsObject();
        return (next, data);
    }

    /// <summary>stop, and the session ends cleanly.</summary>
    public async Task StopAsync()
    {
        Assert.Null(await Master.CallOkAsync("stop"));
        Assert.Equal(MosaikCloseReason.Stopped, (await Session.WaitAsync(TimeSpan.FromSeconds(20))).Reason);
    }

    public async ValueTask DisposeAsync()
    {
        await Master.DisposeAsync();
        try
        {
            await Session.WaitAsync(TimeSpan.FromSeconds(20));
        }
        finally
        {
            _cts.Dispose();
        }
    }
}
