using System.Net;
using System.Text.Json.Nodes;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Hosting;
using EnergyCoSim.Mosaik.Protocol;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.Mosaik.Tests;

/// <summary>
/// The hook for every model served to mosaik: drives a whole scenario (init … stop) through the endpoint over a real
/// TCP socket in both start modes and asserts the replies and that the results equal an in-process run of the same
/// scenario on the same provider. Derive once per provider (the market component: a <c>Market</c> scenario with
/// Prosumer/Battery children) and supply <see cref="CreateProvider"/> and <see cref="Scenario"/>.
/// </summary>
public abstract class MosaikScenarioConformanceTests
{
    /// <summary>A fresh provider (one per session).</summary>
    protected abstract IMosaikModelProvider CreateProvider();

    /// <summary>The scenario to run.</summary>
    protected abstract MosaikTestScenario Scenario { get; }

    [Fact]
    public async Task FullScenario_ConnectMode_MatchesInProcessRun()
    {
        var (listener, address) = TestMaster.Listen();
        try
        {
            var host = NewHost(new MosaikEndpointOptions(progressEverySteps: 2, queryRelatedEntities: true));
            var session = host.ConnectAsync(MosaikAddress.Parse(address), CancellationToken.None);
            await using var master = await TestMaster.AcceptAsync(listener);
            await RunAndCompareAsync(master, session, expectMasterRequests: true);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task FullScenario_ListenMode_MatchesInProcessRun()
    {
        var bound = new TaskCompletionSource<IPEndPoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        var host = NewHost(MosaikEndpointOptions.Default);
        var session = host.ListenAsync(MosaikAddress.Parse("127.0.0.1:0"), bound.SetResult, CancellationToken.None);
        var endPoint = await bound.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await using var master = await TestMaster.ConnectAsync(endPoint.Port);
        await RunAndCompareAsync(master, session, expectMasterRequests: false);
    }

    private MosaikTcpHost NewHost(MosaikEndpointOptions options) =>
        new(CreateProvider, options, MosaikConnectionOptions.Default, NullLoggerFactory.Instance);

    private async Task RunAndCompareAsync(TestMaster master, Task<MosaikSessionResult> session, bool expectMasterRequests)
    {
        var scenario = Scenario;
        var kwargs = (JsonObject)scenario.SimParams.DeepClone();
        var meta = (await master.CallOkAsync("init", ["EnergyCoSim-0"], kwargs))!.AsObject();
        Assert.Equal("3.0", meta["api_version"]!.GetValue<string>());
        Assert.Equal("time-based", meta["type"]!.GetValue<string>());
        var models = meta["models"]!.AsObject();

        var entities = new List<(string Eid, string Type)>();
        foreach (var c in scenario.Creates)
        {
            var created = (await master.CallOkAsync("create", [c.Num, c.Model], (JsonObject)c.Params.DeepClone()))!.AsArray();
            Assert.Equal(c.Num, created.Count);
            Assert.All(created, e => Assert.Equal(c.Model, e!["type"]!.GetValue<string>()));
            InProcessScenarioRunner.Flatten(created, entities);
        }

        Assert.All(entities, e => Assert.True(models.ContainsKey(e.Type), $"entity type {e.Type} is not in the meta"));
        Assert.Null(await master.CallOkAsync("setup_done"));

        var expected = await InProcessScenarioRunner.RunAsync(CreateProvider(), scenario);
        long time = 0;
        for (var k = 0; k < scenario.Steps; k++)
        {
            var inputs = new JsonObject();
            foreach (var (eid, attrs) in scenario.Inputs(k, entities))
            {
                var attrNode = new JsonObject();
                foreach (var (attr, sources) in attrs)
                {
                    attrNode[attr] = new JsonObject(sources.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value)));
                }

                inputs[eid] = attrNode;
            }

            var next = (await master.CallOkAsync("step", [time, inputs, 1_000_000_000]))!.GetValue<long>();
            Assert.True(next > time, $"step at {time} returned {next}");
            var request = new JsonObject(entities.Select(e => KeyValuePair.Create(e.Eid, (JsonNode?)new JsonArray(scenario.Outputs[e.Type].Select(a => (JsonNode?)a).ToArray()))));
            var data = (await master.CallOkAsync("get_data", [request]))!.AsObject();
            foreach (var (eid, type) in entities)
            {
                foreach (var attr in scenario.Outputs[type])
                {
                    Assert.Equal(expected[k][eid][attr], data[eid]![attr]!.GetValue<double>());
                }
            }

            time = next;
        }

        Assert.Null(await master.CallOkAsync("stop"));
        var result = await session.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(MosaikCloseReason.Stopped, result.Reason);
        Assert.True(await master.IsClosedByPeerAsync());
        if (expectMasterRequests)
        {
            Assert.Equal(1, master.ReceivedRequests.Count(r => r.Method == "get_related_entities"));
            Assert.Equal(scenario.Steps / 2, master.ReceivedRequests.Count(r => r.Method == "get_progress"));
            Assert.Equal(Enumerable.Range(0, master.ReceivedRequests.Count).Select(i => (long)i), master.ReceivedRequests.Select(r => r.Id));
        }
        else
        {
            Assert.Empty(master.ReceivedRequests);
        }
    }
}
