using System.Text.Json.Nodes;
using N = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Mosaik.Tests.Market;

/// <summary>Bad requests to the market model get failure replies naming the cause, and the session stays usable.</summary>
public sealed class MarketModelFailureTests
{
    [Theory]
    [InlineData("NaN")]
    [InlineData("-1.5")]
    [InlineData("Infinity")]
    public async Task Step_InvalidGenerationInput_FailureReplyThenTheRunStillEqualsScenarioRunner(string token)
    {
        var expected = MarketTestScenario.RunnerEpisode();
        await using var s = await MarketSession.StartAsync(listen: false);
        var entities = await s.SetUpAsync();

        // Python writes bare NaN/Infinity tokens; the second source is valid, the sum is not.
        await s.Master.SendAsync($"[0, 1000, [\"step\", [0, {{\"prosumer_001\": {{\"{N.GenerationKw}\": {{\"PV.a\": {token}, \"PV.b\": 1.0}}}}}}, 100000], {{}}]]");
        var failure = JsonNode.Parse(await s.Master.ReceiveTextAsync())!.AsArray();

        Assert.Equal(2, failure[0]!.GetValue<int>());
        Assert.Equal(1000, failure[1]!.GetValue<int>());
        var parts = failure[2]!.AsArray().Select(p => p!.GetValue<string>()).ToArray();
        Assert.Equal("ValidationException", parts[0]);
        Assert.Contains($"prosumer_001.{N.GenerationKw}", parts[1]);
        Assert.Contains("[0, 1000000000] kW", parts[1]);

        // Nothing moved: the whole run from tick 0 equals the plain in-process run.
        var steps = await MarketModelTests.RunAsync(s, entities, _ => []);
        for (var k = 0; k < MarketTestScenario.Steps; k++)
        {
            MarketModelTests.AssertEqualsRunner(expected, k, steps[k], entities);
        }

        await s.StopAsync();
    }

    [Theory]
    [InlineData("{\"time_resolution\": 60.0}", "sim_params.scenario", "is required")]
    [InlineData("{\"time_resolution\": 60.0, \"scenario\": \"no/such_example\"}", "no/such_example", "no no/such_example.yaml under the examples folder")]
    [InlineData("{\"time_resolution\": 60.0, \"scenario\": \"/nowhere/market.yaml\"}", "/nowhere/market.yaml", "scenario file")]
    [InlineData("{\"time_resolution\": 60.0, \"scenario\": \"case5-battery-coordination/mixed_battery\", \"wind\": 3}", "sim_params.wind", "known: scenario, market_interval_s, seed, strategy, mechanism")]
    [InlineData("{\"time_resolution\": 60.0, \"scenario\": \"case5-battery-coordination/mixed_battery\", \"market_interval_s\": 90}", "sim_params.market_interval_s", "whole number (≥ 1) of ticks")]
    [InlineData("{\"time_resolution\": 60.0, \"scenario\": \"case5-battery-coordination/mixed_battery\", \"mechanism\": \"vickrey\"}", "vickrey", "average, buyer, seller, bid_ask_spread, nash_bargaining, proportional_surplus")]
    [InlineData("{\"time_resolution\": 60.0, \"scenario\": \"case5-battery-coordination/mixed_battery\", \"strategy\": \"oracle\"}", "oracle", "zero-intelligence, rule-based")]
    public async Task Init_BadSimParams_FailureNamesTheParamThenAGoodInitWorks(string simParams, string field, string reason)
    {
        await using var s = await MarketSession.StartAsync(listen: true);

        var (type, content) = await s.Master.CallAsync("init", ["EnergyCoSim-0"], JsonNode.Parse(simParams)!.AsObject());

        Assert.Equal(2, type);
        Assert.Contains(field, content!.AsArray()[1]!.GetValue<string>());
        Assert.Contains(reason, content.AsArray()[1]!.GetValue<string>());
        var meta = (await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], new JsonObject { ["time_resolution"] = 60.0, ["scenario"] = "case5-battery-coordination/mixed_battery" }))!.AsObject();
        Assert.Equal(["set_clearing_mechanism", "get_summary"], meta["extra_methods"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.True(meta["models"]!["Market"]!["public"]!.GetValue<bool>());
        Assert.True(meta["models"]!["Battery"]!["public"]!.GetValue<bool>());
        Assert.Contains(N.Soc, meta["models"]!["Battery"]!["attrs"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.DoesNotContain(N.Soc, meta["models"]!["Prosumer"]!["attrs"]!.AsArray().Select(a => a!.GetValue<string>()));
        await s.StopAsync();
    }

    [Fact]
    public async Task Create_UnknownModelOrSecondMarket_FailsNamingTheCause()
    {
        await using var s = await MarketSession.StartAsync(listen: false);
        await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], MarketTestScenario.SimParams());

        var (unknown, c1) = await s.Master.CallAsync("create", [1, "Battery"]);
        var (two, c2) = await s.Master.CallAsync("create", [2, "Market"]);
        await s.Master.CallOkAsync("create", [1, "Market"]);
        var (again, c3) = await s.Master.CallAsync("create", [1, "Market"]);

        Assert.Equal([2, 2, 2], new[] { unknown, two, again });
        Assert.Contains("Battery.market: must name a Market of this simulator (no Market exists yet", c1!.AsArray()[1]!.GetValue<string>());
        Assert.Contains("must be 1, once", c2!.AsArray()[1]!.GetValue<string>());
        Assert.Contains("Market exists", c3!.AsArray()[1]!.GetValue<string>());
        await s.StopAsync();
    }

    [Fact]
    public async Task Step_BeforeCreate_FailsThenTheSessionRunsAfterCreate()
    {
        var expected = MarketTestScenario.RunnerEpisode();
        await using var s = await MarketSession.StartAsync(listen: false);
        await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], MarketTestScenario.SimParams());

        var (type, content) = await s.Master.CallAsync("step", [0, new JsonObject(), 100]);

        Assert.Equal(2, type);
        Assert.Equal("InvalidStateException", content!.AsArray()[0]!.GetValue<string>());
        Assert.Contains("create(1, \"Market\")", content.AsArray()[1]!.GetValue<string>());
        var created = (await s.Master.CallOkAsync("create", [1, "Market"]))!.AsArray();
        var entities = new List<(string Eid, string Type)>();
        InProcessScenarioRunner.Flatten(created, entities);
        var steps = await MarketModelTests.RunAsync(s, entities, _ => []);
        MarketModelTests.AssertEqualsRunner(expected, MarketTestScenario.Steps - 1, steps[^1], entities);
        await s.StopAsync();
    }

    [Fact]
    public async Task SetClearingMechanism_UnknownName_FailsListingTheMechanismsAndKeepsTheOldOne()
    {
        await using var s = await MarketSession.StartAsync(listen: false);
        await s.SetUpAsync();

        var (type, content) = await s.Master.CallAsync("set_clearing_mechanism", ["vickrey"]);

        Assert.Equal(2, type);
        Assert.Contains("set_clearing_mechanism.name", content!.AsArray()[1]!.GetValue<string>());
        Assert.Contains("must be one of average, buyer, seller, bid_ask_spread, nash_bargaining, proportional_surplus", content.AsArray()[1]!.GetValue<string>());
        Assert.Equal("bid_ask_spread", (await s.Master.CallOkAsync("get_summary"))!["mechanism"]!.GetValue<string>());
        await s.StopAsync();
    }

    [Fact]
    public async Task Step_PastTheScenarioEnd_FailsNamingTheLastTickAndTheSessionStaysUsable()
    {
        await using var s = await MarketSession.StartAsync(listen: true);
        var entities = await s.SetUpAsync();
        await MarketModelTests.RunAsync(s, entities, _ => []);

        var (type, content) = await s.Master.CallAsync("step", [24 * MarketTestScenario.IntervalTicks, new JsonObject(), 100_000]);

        Assert.Equal(2, type);
        Assert.Contains("step.time", content!.AsArray()[1]!.GetValue<string>());
        Assert.Contains("until ≤ 1440", content.AsArray()[1]!.GetValue<string>());
        Assert.Equal(24, (await s.Master.CallOkAsync("get_summary"))!["intervals_cleared"]!.GetValue<int>());
        await s.StopAsync();
    }
}
