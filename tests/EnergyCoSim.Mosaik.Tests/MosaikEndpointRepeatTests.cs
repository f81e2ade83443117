using System.Text.Json.Nodes;

namespace EnergyCoSim.Mosaik.Tests;

/// <summary>The endpoint reuses the resolution of repeated step/get_data shapes; changed shapes must still be read correctly.</summary>
public sealed class MosaikEndpointRepeatTests
{
    private static JsonObject Load(params (string Eid, double Kw)[] loads) =>
        new(loads.Select(l => KeyValuePair.Create(l.Eid, (JsonNode?)new JsonObject { ["load_kw"] = new JsonObject { ["L.x"] = l.Kw } })));

    [Fact]
    public async Task StepAndGetData_ShapesChangeBetweenSteps_ValuesFollowTheRequests()
    {
        await using var s = await EndpointSession.StartAsync();
        await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], new JsonObject { ["time_resolution"] = 1.0, ["market_interval_s"] = 3600 });
        await s.Master.CallOkAsync("create", [1, "Market"], new JsonObject { ["num_prosumers"] = 2, ["capacity_kwh"] = 0.0 });
        await s.Master.CallOkAsync("setup_done");

        var steps = new[]
        {
            Load(("Prosumer_0", 1.0)),
            Load(("Prosumer_0", 2.0)),
            Load(("Prosumer_1", 3.0), ("Prosumer_0", 4.0)),
            Load(("Prosumer_1", 5.0)),
        };
        var expected = new[] { (1.0, 0.0), (2.0, 0.0), (4.0, 3.0), (4.0, 5.0) };
        for (var k = 0; k < steps.Length; k++)
        {
            await s.Master.CallOkAsync("step", [k * 3600, steps[k], 100_000]);
            var both = (await s.Master.CallOkAsync("get_data", [new JsonObject { ["Prosumer_0"] = new JsonArray("p_net_kw"), ["Prosumer_1"] = new JsonArray("p_net_kw") }]))!;
            var swapped = (await s.Master.CallOkAsync("get_data", [new JsonObject { ["Prosumer_1"] = new JsonArray("bought_kwh", "p_net_kw") }]))!;

            Assert.Equal(expected[k].Item1, both["Prosumer_0"]!["p_net_kw"]!.GetValue<double>());
            Assert.Equal(expected[k].Item2, both["Prosumer_1"]!["p_net_kw"]!.GetValue<double>());
            Assert.Equal(expected[k].Item2, swapped["Prosumer_1"]!["bought_kwh"]!.GetValue<double>());
            Assert.Null(swapped["Prosumer_0"]);
        }
    }
}
