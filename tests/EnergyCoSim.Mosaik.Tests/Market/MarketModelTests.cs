using System.Text.Json.Nodes;
using EnergyCoSim.Market.Pricing;
using EnergyCoSim.Mosaik.Market;
using EnergyCoSim.Simulation.Results;
using N = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Mosaik.Tests.Market;

/// <summary>
/// The market model over a real socket, in both start modes, against in-process runs of the same scenario:
/// <see cref="Simulation.Running.ScenarioRunner"/> (no inputs, or inputs equal to the profiles), a bare market
/// component given the same inputs, and the environment with the mechanism switched at the same interval.
/// </summary>
public sealed class MarketModelTests
{
    private const string ClearingPrice = MarketModelAttributes.ClearingPrice;

    private static readonly string[] AgentAttrs = [N.PKw, N.BoughtKwh, N.SoldKwh, N.CashUsd, ClearingPrice, N.P2PVolumeKwh];

    private static readonly string[] MarketAttrs = [ClearingPrice, N.ClearingVolumeKwh, N.P2PVolumeKwh, N.DsoBuyKwh, N.DsoSellKwh];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_NoInputs_EqualsScenarioRunnerBitForBit(bool listen)
    {
        var expected = MarketTestScenario.RunnerEpisode();
        await using var s = await MarketSession.StartAsync(listen);
        var entities = await s.SetUpAsync();

        var steps = await RunAsync(s, entities, _ => []);

        for (var k = 0; k < MarketTestScenario.Steps; k++)
        {
            AssertEqualsRunner(expected, k, steps[k], entities);
        }

        await s.StopAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_InputsEqualToProfiles_EqualsScenarioRunnerBitForBit(bool listen)
    {
        var expected = MarketTestScenario.RunnerEpisode();
        var profiles = MarketTestScenario.Profiles();
        await using var s = await MarketSession.StartAsync(listen);
        var entities = await s.SetUpAsync();

        // kWh per 1-hour interval = kW; each value comes as two exact halves from two sources (e.g. house + EV).
        var steps = await RunAsync(s, entities, k => profiles.ToDictionary(
            p => p.Id,
            p => new Dictionary<string, Dictionary<string, double>>
            {
                [N.GenerationKw] = new() { ["PV-0.pv"] = p.Generation[k] },
                [N.DemandKw] = new() { ["Load-0.house"] = p.Demand[k] * 0.5, ["Load-0.ev"] = p.Demand[k] * 0.5 },
            }));

        for (var k = 0; k < MarketTestScenario.Steps; k++)
        {
            AssertEqualsRunner(expected, k, steps[k], entities);
        }

        await s.StopAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_DifferentInputs_EqualsMarketComponentGivenTheSameInputs(bool listen)
    {
        var ids = MarketTestScenario.Profiles().Select(p => p.Id).ToArray();
        var expected = await MarketTestScenario.ComponentRunAsync(k => Fed(k, ids).ToDictionary(f => f.Key, f => f.Value.ToDictionary(a => a.Key, a => a.Value.Values.Sum())), [.. AgentAttrs, N.Soc], MarketAttrs);
        var unchanged = MarketTestScenario.RunnerEpisode();
        await using var s = await MarketSession.StartAsync(listen);
        var entities = await s.SetUpAsync();

        var steps = await RunAsync(s, entities, k => Fed(k, ids));

        var differs = false;
        for (var k = 0; k < MarketTestScenario.Steps; k++)
        {
            foreach (var (eid, type) in entities)
            {
                var attrs = type == "Market" ? MarketAttrs : type == "Battery" ? [.. AgentAttrs, N.Soc] : AgentAttrs;
                foreach (var attr in attrs)
                {
                    Assert.Equal(expected[k][eid][attr], steps[k][eid]![attr]!.GetValue<double>());
                }
            }

            differs |= steps[k]["Market"]![ClearingPrice]!.GetValue<double>() != unchanged.MarketSteps[k].ClearingPrice;
        }

        Assert.True(differs, "the fed inputs should change at least one clearing price against the profile run");
        await s.StopAsync();
    }

    [Fact]
    public async Task SetClearingMechanism_AfterSixIntervals_EqualsEnvironmentSwitchedThere()
    {
        var switched = MarketTestScenario.EnvironmentRun(switchAt: 6, ClearingMechanism.Buyer);
        var unchanged = MarketTestScenario.RunnerEpisode();
        await using var s = await MarketSession.StartAsync(listen: false);
        var entities = await s.SetUpAsync();
        var request = Request(entities);
        long time = 0;
        var prices = new List<double>();
        for (var k = 0; k < MarketTestScenario.Steps; k++)
        {
            if (k == 6)
            {
                Assert.Equal("bid_ask_spread", (await s.Master.CallOkAsync("set_clearing_mechanism", ["buyer"]))!.GetValue<string>());
            }

            var (next, data) = await s.StepAsync(time, [], request);
            prices.Add(data["Market"]![ClearingPrice]!.GetValue<double>());
            foreach (var agent in switched.Agents)
            {
                var record = switched.AgentHistory.Single(r => r.Step == k && r.AgentId == agent.Id);
                Assert.Equal(record.CashUsd, data[agent.Id]![N.CashUsd]!.GetValue<double>());
            }

            time = next;
        }

        Assert.Equal(switched.MarketHistory.Select(m => m.ClearingPrice), prices);
        Assert.Equal(unchanged.MarketSteps.Take(6).Select(m => m.ClearingPrice), prices.Take(6));
        Assert.NotEqual(unchanged.MarketSteps.Skip(6).Select(m => m.ClearingPrice), prices.Skip(6));
        var summary = (await s.Master.CallOkAsync("get_summary"))!.AsObject();
        Assert.Equal("buyer", summary["mechanism"]!.GetValue<string>());
        await s.StopAsync();
    }

    [Fact]
    public async Task Step_MosaikSkipsTwoIntervals_GapClearsOnProfilesAndTheStepUsesItsInputs()
    {
        var profiles = MarketTestScenario.Profiles();
        var ids = profiles.Select(p => p.Id).ToArray();
        // Reference: no inputs in intervals 0–2, the fed values in interval 3.
        var fed = new Dictionary<string, Dictionary<string, double>> { [ids[1]] = new() { [N.GenerationKw] = 33.0, [N.DemandKw] = 2.5 } };
        var expected = await MarketTestScenario.ComponentRunAsync(k => k == 3 ? fed : [], [.. AgentAttrs, N.Soc], MarketAttrs);
        await using var s = await MarketSession.StartAsync(listen: false);
        var entities = await s.SetUpAsync();
        var request = Request(entities);

        await s.StepAsync(0, [], request);
        var inputs = new JsonObject { [ids[1]] = new JsonObject { [N.GenerationKw] = new JsonObject { ["PV.a"] = 33.0 }, [N.DemandKw] = new JsonObject { ["L.a"] = 2.5 } } };
        var (next, data) = await s.StepAsync(3 * MarketTestScenario.IntervalTicks, inputs, request);

        Assert.Equal(4 * MarketTestScenario.IntervalTicks, next);
        Assert.Equal(expected[3]["Market"][ClearingPrice], data["Market"]![ClearingPrice]!.GetValue<double>());
        foreach (var id in ids)
        {
            Assert.Equal(expected[3][id][N.CashUsd], data[id]![N.CashUsd]!.GetValue<double>());
            Assert.Equal(expected[3][id][N.SoldKwh], data[id]![N.SoldKwh]!.GetValue<double>());
        }

        await s.StopAsync();
    }

    [Fact]
    public async Task GetData_InputAttributesAfterAStep_ReturnTheValuesFedInThatStep()
    {
        var ids = MarketTestScenario.Profiles().Select(p => p.Id).ToArray();
        await using var s = await MarketSession.StartAsync(listen: false);
        await s.SetUpAsync();
        var request = new JsonObject { [ids[1]] = new JsonArray(N.GenerationKw, N.DemandKw) };
        // Two sources on demand: mosaik's inputs are summed per attribute.
        var inputs = new JsonObject { [ids[1]] = new JsonObject { [N.GenerationKw] = new JsonObject { ["PV.a"] = 33.0 }, [N.DemandKw] = new JsonObject { ["L.a"] = 2.5, ["EV.a"] = 4.0 } } };

        var (_, data) = await s.StepAsync(0, inputs, request);
        var (_, later) = await s.StepAsync(MarketTestScenario.IntervalTicks, new JsonObject { [ids[1]] = new JsonObject { [N.GenerationKw] = new JsonObject { ["PV.a"] = 12.0 }, [N.DemandKw] = new JsonObject { ["L.a"] = 1.0 } } }, request);

        Assert.Equal(33.0, data[ids[1]]![N.GenerationKw]!.GetValue<double>());
        Assert.Equal(6.5, data[ids[1]]![N.DemandKw]!.GetValue<double>());
        Assert.Equal((12.0, 1.0), (later[ids[1]]![N.GenerationKw]!.GetValue<double>(), later[ids[1]]![N.DemandKw]!.GetValue<double>()));
        await s.StopAsync();
    }

    [Fact]
    public async Task Create_Market_ChildrenAreTheScenarioAgentsTypedByBattery()
    {
        await using var s = await MarketSession.StartAsync(listen: false);
        await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], MarketTestScenario.SimParams());

        var created = (await s.Master.CallOkAsync("create", [1, "Market"]))!.AsArray();

        var market = Assert.Single(created)!;
        Assert.Equal("Market", market["eid"]!.GetValue<string>());
        var children = market["children"]!.AsArray().Select(c => (c!["eid"]!.GetValue<string>(), c["type"]!.GetValue<string>(), c["rel"]!.AsArray().Single()!.GetValue<string>())).ToArray();
        // mixed_battery.yaml: every agent has a battery except no_storage.
        Assert.Equal(
            new[] { "community_storage", "prosumer_001", "prosumer_002", "efficient_001", "efficient_002", "no_storage", "storage_heavy" }.Select(id => (id, id == "no_storage" ? "Prosumer" : "Battery", "Market")),
            children);
        await s.StopAsync();
    }

    [Fact]
    public async Task GetSummary_AfterFullRun_TotalsEqualTheRunnerHistory()
    {
        var expected = MarketTestScenario.RunnerEpisode();
        await using var s = await MarketSession.StartAsync(listen: true);
        var entities = await s.SetUpAsync();
        await RunAsync(s, entities, _ => []);

        var summary = (await s.Master.CallOkAsync("get_summary"))!.AsObject();

        Assert.Equal("mixed_battery", summary["scenario"]!.GetValue<string>());
        Assert.Equal(24, summary["intervals_cleared"]!.GetValue<int>());
        Assert.Equal(3600.0, summary["market_interval_s"]!.GetValue<double>());
        Assert.Equal(expected.MarketSteps.Sum(m => m.P2PVolume), summary["p2p_volume_kwh"]!.GetValue<double>());
        Assert.Equal(expected.MarketSteps.Sum(m => m.DsoBuyVolume), summary["dso_buy_kwh"]!.GetValue<double>());
        Assert.Equal(expected.MarketSteps.Sum(m => m.DsoSellVolume), summary["dso_sell_kwh"]!.GetValue<double>());
        var last = expected.AgentSteps.Where(a => a.Step == 23).ToArray();
        Assert.All(last, a => Assert.Equal(a.CashUsd, summary["cash_usd"]![a.AgentId]!.GetValue<double>()));
        await s.StopAsync();
    }

    /// <summary>Steps the whole scenario, reading every entity's attributes after each step.</summary>
    internal static async Task<List<JsonObject>> RunAsync(
        MarketSession s, List<(string Eid, string Type)> entities, Func<int, Dictionary<string, Dictionary<string, Dictionary<string, double>>>> inputs)
    {
        var request = Request(entities);
        var results = new List<JsonObject>();
        long time = 0;
        for (var k = 0; k < MarketTestScenario.Steps; k++)
        {
            var (next, data) = await s.StepAsync(time, ToJson(inputs(k)), request);
            Assert.Equal(time + MarketTestScenario.IntervalTicks, next);
            results.Add(data);
            time = next;
        }

        return results;
    }

    internal static JsonObject Request(List<(string Eid, string Type)> entities) =>
        new(entities.Select(e => KeyValuePair.Create(e.Eid, (JsonNode?)new JsonArray(
            (e.Type == "Market" ? MarketAttrs : e.Type == "Battery" ? [.. AgentAttrs, N.Soc] : AgentAttrs).Select(a => (JsonNode?)a).ToArray()))));

    /// <summary>Checks one step's data against the runner's records: market results, per-agent trades, SoC and cash.</summary>
    internal static void AssertEqualsRunner(EpisodeResult expected, int k, JsonObject data, List<(string Eid, string Type)> entities)
    {
        var m = expected.MarketSteps[k];
        var market = data["Market"]!;
        Assert.Equal(m.ClearingPrice, market[ClearingPrice]!.GetValue<double>());
        Assert.Equal(m.ClearingVolume, market[N.ClearingVolumeKwh]!.GetValue<double>());
        Assert.Equal(m.P2PVolume, market[N.P2PVolumeKwh]!.GetValue<double>());
        Assert.Equal(m.DsoBuyVolume, market[N.DsoBuyKwh]!.GetValue<double>());
        Assert.Equal(m.DsoSellVolume, market[N.DsoSellKwh]!.GetValue<double>());
        foreach (var (eid, type) in entities.Where(e => e.Type != "Market"))
        {
            var agent = data[eid]!;
            var record = expected.AgentSteps.Single(a => a.Step == k && a.AgentId == eid);
            double bought = 0, sold = 0;
            foreach (var t in m.Trades)
            {
                bought += t.BuyerId == eid ? t.Quantity.Value : 0;
                sold += t.SellerId == eid ? t.Quantity.Value : 0;
            }

            Assert.Equal(bought, agent[N.BoughtKwh]!.GetValue<double>());
            Assert.Equal(sold, agent[N.SoldKwh]!.GetValue<double>());
            Assert.Equal(sold - bought, agent[N.PKw]!.GetValue<double>());
            Assert.Equal(record.CashUsd, agent[N.CashUsd]!.GetValue<double>());
            Assert.Equal(m.ClearingPrice, agent[ClearingPrice]!.GetValue<double>());
            if (type == "Battery")
            {
                Assert.Equal(record.Soc!.Value, agent[N.Soc]!.GetValue<double>());
            }
        }
    }

    private static JsonObject ToJson(Dictionary<string, Dictionary<string, Dictionary<string, double>>> inputs) =>
        new(inputs.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)new JsonObject(e.Value.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)new JsonObject(a.Value.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)v.Value)))))))));

    /// <summary>PV and load different from the profiles, for some agents in some steps only (the rest: profile).</summary>
    private static Dictionary<string, Dictionary<string, Dictionary<string, double>>> Fed(int k, string[] ids)
    {
        var inputs = new Dictionary<string, Dictionary<string, Dictionary<string, double>>>();
        for (var i = 0; i < ids.Length; i++)
        {
            if ((i + k) % 3 == 0)
            {
                continue;
            }

            inputs[ids[i]] = new()
            {
                [N.GenerationKw] = new() { [$"PV-0.pv_{i}"] = Math.Max(0, 40 * Math.Sin((k - 6) * Math.PI / 12)) + i },
                [N.DemandKw] = new() { [$"Load-0.house_{i}"] = 5.0 + (0.75 * i), [$"Load-0.ev_{i}"] = k % 4 == 0 ? 11.0 : 0.0 },
            };
        }

        return inputs;
    }
}
