using System.Text;
using System.Text.Json.Nodes;
using EnergyCoSim.Mosaik.Protocol;
using EnergyCoSim.Mosaik.Simple;

namespace EnergyCoSim.Mosaik.Tests;

public sealed class MosaikEndpointFailureTests
{
    private static async Task SetUpAsync(TestMaster master, int prosumers = 2)
    {
        await master.CallOkAsync("init", ["EnergyCoSim-0"], new JsonObject { ["time_resolution"] = 1.0, ["market_interval_s"] = 900 });
        await master.CallOkAsync("create", [1, "Market"], new JsonObject { ["num_prosumers"] = prosumers });
        await master.CallOkAsync("setup_done");
    }

    [Fact]
    public async Task Step_NaNInputToken_FailureReplyAndEndpointStaysConsistent()
    {
        await using var s = await EndpointSession.StartAsync();
        await SetUpAsync(s.Master);
        var good = new JsonObject { ["Prosumer_0"] = new JsonObject { ["pv_kw"] = new JsonObject { ["PV.a"] = 3.0 }, ["load_kw"] = new JsonObject { ["L.a"] = 1.0 } } };
        Assert.Equal(900, (await s.Master.CallOkAsync("step", [0, good.DeepClone(), 3600]))!.GetValue<long>());

        // Python writes a bare NaN token; the frame must parse, and the step must be refused before anything changes.
        await s.Master.SendAsync("[0, 4, [\"step\", [900, {\"Prosumer_0\": {\"load_kw\": {\"L.a\": NaN, \"L.b\": 1.0}}}, 3600], {}]]");
        var failure = JsonNode.Parse(await s.Master.ReceiveTextAsync())!.AsArray();
        Assert.Equal(2, failure[0]!.GetValue<int>());
        Assert.Equal(4, failure[1]!.GetValue<int>());
        var parts = failure[2]!.AsArray().Select(p => p!.GetValue<string>()).ToArray();
        Assert.Equal("ValidationException", parts[0]);
        Assert.Contains("Prosumer_0.load_kw", parts[1]);

        // The endpoint is where it was: the same step with valid inputs succeeds and matches a run that never failed.
        await s.Master.SendAsync("[0, 5, [\"step\", [900, " + good.ToJsonString() + ", 3600], {}]]");
        var ok = JsonNode.Parse(await s.Master.ReceiveTextAsync())!.AsArray();
        Assert.Equal(1, ok[0]!.GetValue<int>());
        Assert.Equal(1800, ok[2]!.GetValue<long>());
        await s.Master.SendAsync("[0, 6, [\"get_data\", [{\"Prosumer_0\": [\"soc\", \"cash_usd\"]}], {}]]");
        var data = JsonNode.Parse(await s.Master.ReceiveTextAsync())!.AsArray()[2]!;

        var reference = new SimpleCommunityModelProvider();
        var expected = await InProcessScenarioRunner.RunAsync(reference, new MosaikTestScenario(
            new JsonObject { ["time_resolution"] = 1.0, ["market_interval_s"] = 900 },
            [new MosaikTestCreate(1, "Market", new JsonObject { ["num_prosumers"] = 2 })],
            2,
            (_, _) => new() { ["Prosumer_0"] = new() { ["pv_kw"] = new() { ["PV.a"] = 3.0 }, ["load_kw"] = new() { ["L.a"] = 1.0 } } },
            new Dictionary<string, string[]> { ["Market"] = [], ["Prosumer"] = ["soc", "cash_usd"] }));
        Assert.Equal(expected[1]["Prosumer_0"]["soc"], data["Prosumer_0"]!["soc"]!.GetValue<double>());
        Assert.Equal(expected[1]["Prosumer_0"]["cash_usd"], data["Prosumer_0"]!["cash_usd"]!.GetValue<double>());
        Assert.NotEqual(0.4, data["Prosumer_0"]!["soc"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("{\"Nobody\": {\"pv_kw\": {\"PV.a\": 1.0}}}", "Nobody")]
    [InlineData("{\"Prosumer_0\": {\"wind_kw\": {\"W.a\": 1.0}}}", "Prosumer_0.wind_kw")]
    [InlineData("{\"Prosumer_0\": {\"soc\": {\"X.a\": 1.0}}}", "is an output")]
    [InlineData("{\"Prosumer_0\": {\"pv_kw\": {\"PV.a\": \"sunny\"}}}", "PV.a")]
    public async Task Step_BadInputs_FailureReplyNamesTheCause(string inputs, string cause)
    {
        await using var s = await EndpointSession.StartAsync();
        await SetUpAsync(s.Master);

        var (type, content) = await s.Master.CallAsync("step", [0, JsonNode.Parse(inputs), 3600]);

        Assert.Equal(2, type);
        Assert.Contains(cause, content!.AsArray()[1]!.GetValue<string>());
        Assert.Equal(900, (await s.Master.CallOkAsync("step", [0, new JsonObject(), 3600]))!.GetValue<long>());
    }

    [Fact]
    public async Task Request_UnknownMethodOrStateViolation_FailureReplies()
    {
        await using var s = await EndpointSession.StartAsync();

        var (beforeInit, content) = await s.Master.CallAsync("step", [0, new JsonObject(), 10]);
        Assert.Equal(2, beforeInit);
        Assert.Equal("InvalidStateException", content!.AsArray()[0]!.GetValue<string>());

        await SetUpAsync(s.Master);
        var (unknown, message) = await s.Master.CallAsync("fly_to_the_moon");
        Assert.Equal(2, unknown);
        Assert.Contains("set_clearing_mechanism", message!.AsArray()[1]!.GetValue<string>());

        var (badModel, _) = await s.Master.CallAsync("create", [1, "Windmill"]);
        Assert.Equal(2, badModel);
    }

    [Fact]
    public async Task Init_InvalidSimParams_FailureReplyListsEveryProblemAndInitCanBeRetried()
    {
        await using var s = await EndpointSession.StartAsync();

        var (type, content) = await s.Master.CallAsync("init", ["EnergyCoSim-0"], new JsonObject { ["time_resolution"] = 60.0, ["scenario_file"] = "x.yaml", ["market_interval_s"] = 90 });

        Assert.Equal(2, type);
        var message = content!.AsArray()[1]!.GetValue<string>();
        Assert.Contains("scenario_file", message);
        Assert.Contains("market_interval_s", message);
        var meta = await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], new JsonObject { ["time_resolution"] = 60.0, ["market_interval_s"] = 900 });
        Assert.Equal(["set_clearing_mechanism"], meta!["extra_methods"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public async Task ExtraMethod_SetClearingMechanism_ChangesThePrice()
    {
        await using var s = await EndpointSession.StartAsync();
        await SetUpAsync(s.Master);
        var inputs = new JsonObject
        {
            ["Prosumer_0"] = new JsonObject { ["pv_kw"] = new JsonObject { ["PV.a"] = 40.0 } },
            ["Prosumer_1"] = new JsonObject { ["load_kw"] = new JsonObject { ["L.a"] = 20.0 } },
        };
        await s.Master.CallOkAsync("step", [0, inputs.DeepClone(), 3600]);
        var midpoint = (await s.Master.CallOkAsync("get_data", [new JsonObject { ["Market_0"] = new JsonArray("clearing_price_usd_per_mwh") }]))!["Market_0"]!["clearing_price_usd_per_mwh"]!.GetValue<double>();

        var previous = await s.Master.CallOkAsync("set_clearing_mechanism", ["sdr"]);
        await s.Master.CallOkAsync("step", [900, inputs.DeepClone(), 3600]);
        var sdr = (await s.Master.CallOkAsync("get_data", [new JsonObject { ["Market_0"] = new JsonArray("clearing_price_usd_per_mwh", "mechanism") }]))!["Market_0"]!;

        Assert.Equal("midpoint", previous!["Market_0"]!.GetValue<string>());
        Assert.Equal(150.0, midpoint);
        Assert.Equal(50.0, sdr["clearing_price_usd_per_mwh"]!.GetValue<double>());
        Assert.Equal((long)SimpleClearingMechanism.SupplyDemandRatio, sdr["mechanism"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("{\"not\": \"a list\"}", "[type, id, content]")]
    [InlineData("[0, 1, [\"init\"", "not valid JSON")]
    [InlineData("[7, 0, null]", "type must be 0, 1 or 2")]
    [InlineData("[1, 99, null]", "answers no outstanding request")]
    [InlineData("[0, \"x\", null]", "id must be an integer")]
    public async Task Frame_ProtocolViolation_ClosesConnectionWithLoggedReason(string payload, string reason)
    {
        await using var s = await EndpointSession.StartAsync();

        await s.Master.SendAsync(payload);

        var result = await s.EndAsync();
        Assert.Equal(MosaikCloseReason.ProtocolViolation, result.Reason);
        Assert.Contains(reason, result.Detail);
        Assert.True(await s.Master.IsClosedByPeerAsync());
        Assert.Contains(s.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Frame_AboveLimit_ClosesConnection()
    {
        await using var s = await EndpointSession.StartAsync(maxFrameBytes: 4096);

        await s.Master.SendAsync("[0, 0, [\"init\", [\"" + new string('x', 5000) + "\"], {}]]");

        var result = await s.EndAsync();
        Assert.Equal(MosaikCloseReason.ProtocolViolation, result.Reason);
        Assert.Contains("4096", result.Detail);
    }

    [Fact]
    public async Task Frame_SplitAcrossWrites_IsReassembled()
    {
        await using var s = await EndpointSession.StartAsync();
        var frame = TestMaster.Frame(Encoding.UTF8.GetBytes("[0, 0, [\"init\", [\"EnergyCoSim-0\"], {\"time_resolution\": 1.0}]]"));

        foreach (var chunk in new[] { frame[..2], frame[2..9], frame[9..] })
        {
            await s.Master.SendRawAsync(chunk);
            await Task.Delay(20);
        }

        var reply = JsonNode.Parse(await s.Master.ReceiveTextAsync())!.AsArray();
        Assert.Equal(1, reply[0]!.GetValue<int>());
        Assert.Equal("3.0", reply[2]!["api_version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Frames_LargeInBothDirections_RoundTrip()
    {
        await using var s = await EndpointSession.StartAsync();
        const int prosumers = 20_000;
        await SetUpAsync(s.Master, prosumers);
        var inputs = new JsonObject();
        var request = new JsonObject();
        for (var i = 0; i < prosumers; i++)
        {
            inputs[$"Prosumer_{i}"] = new JsonObject { ["pv_kw"] = new JsonObject { ["PV.a"] = i % 5 }, ["load_kw"] = new JsonObject { ["L.a"] = 2.0 } };
            request[$"Prosumer_{i}"] = new JsonArray("p_net_kw", "soc", "bought_kwh", "sold_kwh", "cash_usd", "clearing_price_usd_per_mwh");
        }

        Assert.True(inputs.ToJsonString().Length > 1_000_000);
        await s.Master.CallOkAsync("step", [0, inputs, 3600]);
        var data = (await s.Master.CallOkAsync("get_data", [request]))!.AsObject();

        Assert.Equal(prosumers, data.Count);
        // Last prosumer: 4 kW PV, 2 kW load for 15 min charges 0.5 kWh into a 10 kWh battery at 50 %.
        Assert.Equal(0.55, data[$"Prosumer_{prosumers - 1}"]!["soc"]!.GetValue<double>(), 12);
        Assert.Equal(0.0, data[$"Prosumer_{prosumers - 1}"]!["p_net_kw"]!.GetValue<double>(), 12);
    }

    [Fact]
    public async Task Connection_PeerClosesWithoutStop_SessionEndsAndComponentIsReleased()
    {
        var s = await EndpointSession.StartAsync();
        await SetUpAsync(s.Master);

        await s.Master.DisposeAsync();

        var result = await s.EndAsync();
        Assert.Equal(MosaikCloseReason.PeerClosed, result.Reason);
        Assert.Equal(3, result.RequestsServed);
        await s.DisposeAsync();
    }
}
