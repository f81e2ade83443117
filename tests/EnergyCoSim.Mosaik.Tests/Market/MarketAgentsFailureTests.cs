using System.Text.Json.Nodes;

namespace EnergyCoSim.Mosaik.Tests.Market;

/// <summary>
/// Bad individual creates get one failure reply naming every cause (field, value, allowed range), add nothing, and the
/// session then still runs the case-5 scenario's agents created individually, equal to the scenario runner.
/// </summary>
public sealed class MarketAgentsFailureTests
{
    [Theory]
    [InlineData("{\"market\": \"Market\", \"wind\": 3}", "Prosumer.wind", "is not a parameter (known: market, id, capacity_kw")]
    [InlineData("{\"market\": \"Market_7\"}", "Prosumer.market", "must name a Market of this simulator (known: Market)")]
    [InlineData("{\"market\": \"Market\", \"capacity_kw\": -5}", "Prosumer.capacity_kw: -5", "must be ≥ 0")]
    [InlineData("{\"market\": \"Market\", \"capacity_kw\": \"big\"}", "Prosumer.capacity_kw", "must be a number")]
    [InlineData("{\"market\": \"Market\", \"node\": \"nowhere\"}", "Prosumer.node: nowhere", "is not a node of the")]
    [InlineData("{\"market\": \"Market\", \"id\": \"DSO\"}", "Prosumer.id: DSO", "is the DSO's id")]
    [InlineData("{\"market\": \"Market\", \"generation\": {\"source\": \"wind\"}}", "Prosumer.generation.source: wind", "is not one of solar, residential, constant, csv, values")]
    [InlineData("{\"market\": \"Market\", \"demand\": {\"sorce\": \"residential\"}}", "Prosumer.demand", "is not a valid demand section")]
    public async Task Create_BadProsumerParams_FailureNamesTheCauseThenTheAgentsRun(string parameters, string field, string reason)
    {
        await using var s = await MarketSession.StartAsync(listen: false);
        await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], MarketTestScenario.SimParams());
        await s.Master.CallOkAsync("create", [1, "Market"], new JsonObject { ["agents"] = "none" });

        var message = await FailAsync(s, "create", [1, "Prosumer"], JsonNode.Parse(parameters)!.AsObject());

        Assert.Contains(field, message);
        Assert.Contains(reason, message);
        await RunScenarioAgentsAsync(s, init: false);
    }

    [Fact]
    public async Task Create_SeveralBadBatteryParams_OneFailureListsThemAllWithRanges()
    {
        await using var s = await MarketSession.StartAsync(listen: true);
        await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], MarketTestScenario.SimParams());
        await s.Master.CallOkAsync("create", [1, "Market"], new JsonObject { ["agents"] = "none" });

        var message = await FailAsync(s, "create", [3, "Battery"], new JsonObject
        {
            ["market"] = "Market", ["id"] = "bat", ["capacity_kwh"] = 10.0, ["min_soc"] = 1.5, ["c_rate"] = -1.0, ["efficiency"] = "high", ["initial_soc"] = 0.95, ["max_soc"] = 0.9,
        });

        Assert.Contains("Battery.id: bat must contain {n}", message);
        Assert.Contains("Battery.min_soc: 1.5 is outside [0, 1]", message);
        Assert.Contains("Battery.c_rate: -1 must be > 0", message);
        Assert.Contains("Battery.efficiency", message);
        Assert.Contains("must be a number", message);
        Assert.Contains("Battery.initial_soc: 0.95 is outside the SoC window [1.5, 0.9]", message);
        await RunScenarioAgentsAsync(s, init: false);
    }

    [Fact]
    public async Task Create_DuplicateIdOrMoreAgentsThanGridNodes_FailsAndAddsNothing()
    {
        var expected = MarketTestScenario.RunnerEpisode();
        await using var s = await MarketSession.StartAsync(listen: false);
        var entities = await IndividualAgents.CreateAsync(s);

        var duplicate = await FailAsync(s, "create", [1, "Prosumer"], new JsonObject { ["market"] = "Market", ["id"] = "no_storage" });
        var tooMany = await FailAsync(s, "create", [1, "Prosumer"], new JsonObject { ["market"] = "Market" });

        Assert.Contains("Prosumer.id: no_storage is not unique", duplicate);
        Assert.Contains("grid.nodes: 7 must be ≥ the number of agents without a node (8)", tooMany);
        Assert.Equal(7, (await s.Master.CallOkAsync("get_summary"))!["agents"]!.GetValue<int>());
        Assert.Null(await s.Master.CallOkAsync("setup_done"));
        var steps = await MarketModelTests.RunAsync(s, entities, IndividualAgents.ProfileInputs());
        for (var k = 0; k < MarketTestScenario.Steps; k++)
        {
            MarketModelTests.AssertEqualsRunner(expected, k, steps[k], entities);
        }

        await s.StopAsync();
    }

    [Fact]
    public async Task Create_OnAScenarioMarketOrBeforeAnyMarket_FailsThenTheScenarioMarketRuns()
    {
        var expected = MarketTestScenario.RunnerEpisode();
        await using var s = await MarketSession.StartAsync(listen: false);
        await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], MarketTestScenario.SimParams());

        var noMarket = await FailAsync(s, "create", [1, "Battery"], new JsonObject { ["market"] = "Market", ["capacity_kwh"] = 5.0 });
        var badMode = await FailAsync(s, "create", [1, "Market"], new JsonObject { ["agents"] = "some" });
        var created = (await s.Master.CallOkAsync("create", [1, "Market"]))!.AsArray();
        var scenarioMarket = await FailAsync(s, "create", [1, "Prosumer"], new JsonObject { ["market"] = "Market" });

        Assert.Contains("Battery.market: Market must name a Market of this simulator (no Market exists yet", noMarket);
        Assert.Contains("Market.agents: some must be \"scenario\"", badMode);
        Assert.Contains("Prosumer.market: Market was created with the scenario's agents", scenarioMarket);
        var entities = new List<(string Eid, string Type)>();
        InProcessScenarioRunner.Flatten(created, entities);
        var steps = await MarketModelTests.RunAsync(s, entities, _ => []);
        MarketModelTests.AssertEqualsRunner(expected, MarketTestScenario.Steps - 1, steps[^1], entities);
        await s.StopAsync();
    }

    [Fact]
    public async Task SetupDone_NoAgents_FailsThenCreatingThemAndSetupDoneRuns()
    {
        await using var s = await MarketSession.StartAsync(listen: true);
        await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], MarketTestScenario.SimParams());
        await s.Master.CallOkAsync("create", [1, "Market"], new JsonObject { ["agents"] = "none" });

        var message = await FailAsync(s, "setup_done", null, null);

        Assert.Contains("Market.agents: 0 has no agents at setup_done", message);
        await RunScenarioAgentsAsync(s, init: false);
    }

    [Fact]
    public async Task Create_AfterSetupDone_FailsAndTheRunIsUnchanged()
    {
        var expected = MarketTestScenario.RunnerEpisode();
        await using var s = await MarketSession.StartAsync(listen: false);
        var entities = await IndividualAgents.CreateAsync(s);
        Assert.Null(await s.Master.CallOkAsync("setup_done"));

        var message = await FailAsync(s, "create", [1, "Prosumer"], new JsonObject { ["market"] = "Market" });

        Assert.Contains("before setup_done", message);
        var steps = await MarketModelTests.RunAsync(s, entities, IndividualAgents.ProfileInputs());
        MarketModelTests.AssertEqualsRunner(expected, MarketTestScenario.Steps - 1, steps[^1], entities);
        await s.StopAsync();
    }

    private static async Task<string> FailAsync(MarketSession s, string method, JsonArray? args, JsonObject? kwargs)
    {
        var (type, content) = await s.Master.CallAsync(method, args, kwargs);
        Assert.Equal(2, type);
        return content!.AsArray()[1]!.GetValue<string>();
    }

    /// <summary>Creates the case-5 agents individually on the existing market, runs them fed their profiles, equal to the runner.</summary>
    private static async Task RunScenarioAgentsAsync(MarketSession s, bool init)
    {
        var expected = MarketTestScenario.RunnerEpisode();
        var entities = await IndividualAgents.CreateAsync(s, init);
        Assert.Null(await s.Master.CallOkAsync("setup_done"));
        var steps = await MarketModelTests.RunAsync(s, entities, IndividualAgents.ProfileInputs());
        for (var k = 0; k < MarketTestScenario.Steps; k++)
        {
            MarketModelTests.AssertEqualsRunner(expected, k, steps[k], entities);
        }

        await s.StopAsync();
    }
}
