using System.Text.Json.Nodes;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Mosaik.Market;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Components;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Running;
using N = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Mosaik.Tests.Market;

/// <summary>
/// Prosumers and batteries created one by one on a market created with agents="none", over a real socket, against
/// in-process runs: the case-5 scenario through the scenario runner, and a bare market component.
/// </summary>
public sealed class MarketAgentsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_ScenarioAgentsCreatedIndividuallyAndFedTheirProfiles_EqualsScenarioRunnerBitForBit(bool listen)
    {
        var expected = MarketTestScenario.RunnerEpisode();
        await using var s = await MarketSession.StartAsync(listen);
        var entities = await IndividualAgents.CreateAsync(s);
        Assert.Null(await s.Master.CallOkAsync("setup_done"));

        var steps = await MarketModelTests.RunAsync(s, entities, IndividualAgents.ProfileInputs());

        Assert.Equal(MarketTestScenario.Compile().Agents.Select(a => (a.Spec.Id, a.Spec.Battery is null ? "Prosumer" : "Battery")), entities.Skip(1));
        for (var k = 0; k < MarketTestScenario.Steps; k++)
        {
            MarketModelTests.AssertEqualsRunner(expected, k, steps[k], entities);
        }

        var summary = (await s.Master.CallOkAsync("get_summary"))!;
        Assert.Equal(7, summary["agents"]!.GetValue<int>());
        Assert.All(expected.AgentSteps.Where(a => a.Step == 23), a => Assert.Equal(a.CashUsd, summary["cash_usd"]![a.AgentId]!.GetValue<double>()));
        await s.StopAsync();
    }

    [Fact]
    public async Task GetData_DefaultParamsFedByInputs_EqualsMarketComponentOfTheSameAgents()
    {
        string[] attrs = [.. MarketModelAttributes.Battery];
        var expected = await ReferenceRunAsync(attrs);
        Assert.Contains(expected, e => e["prosumer_0"][N.CashUsd] > 0 && e["prosumer_1"][N.CashUsd] < 0);
        await using var s = await MarketSession.StartAsync(listen: false);
        await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], MarketTestScenario.SimParams());
        var market = (await s.Master.CallOkAsync("create", [1, "Market"], new JsonObject { ["agents"] = "none", ["mechanism"] = "average" }))!.AsArray();
        var prosumers = (await s.Master.CallOkAsync("create", [2, "Prosumer"], new JsonObject { ["market"] = "Market", ["capacity_kw"] = 10.0 }))!.AsArray();
        var battery = (await s.Master.CallOkAsync("create", [1, "Battery"], new JsonObject
        {
            ["market"] = "Market", ["capacity_kwh"] = 20.0, ["initial_soc"] = 0.5, ["efficiency"] = 0.95, ["c_rate"] = 0.5,
        }))!.AsArray();
        Assert.Null(await s.Master.CallOkAsync("setup_done"));

        Assert.True(market[0]!["children"] is null or JsonArray { Count: 0 });
        Assert.Equal(["prosumer_0", "prosumer_1", "battery_0"], prosumers.Concat(battery).Select(e => e!["eid"]!.GetValue<string>()));
        Assert.Equal(["Prosumer", "Prosumer", "Battery"], prosumers.Concat(battery).Select(e => e!["type"]!.GetValue<string>()));
        var request = new JsonObject
        {
            ["prosumer_0"] = Attrs(MarketModelAttributes.Prosumer),
            ["prosumer_1"] = Attrs(MarketModelAttributes.Prosumer),
            ["battery_0"] = Attrs(attrs),
        };
        long time = 0;
        for (var k = 0; k < ReferenceSteps; k++)
        {
            var (next, data) = await s.StepAsync(time, Inputs(k), request);
            time = next;
            foreach (var (eid, values) in expected[k])
            {
                foreach (var (attr, value) in values)
                {
                    Assert.Equal(value, data[eid]![attr]!.GetValue<double>());
                }
            }
        }

        var soc = (await s.Master.CallOkAsync("get_data", [new JsonObject { ["battery_0"] = new JsonArray(N.Soc) }]))!["battery_0"]![N.Soc]!.GetValue<double>();
        Assert.InRange(soc, 0, 1);
        await s.StopAsync();
    }

    private const int ReferenceSteps = 6;

    /// <summary>The outputs (an input no source fed in a step reads NaN, which this JSON reader refuses).</summary>
    private static JsonArray Attrs(IEnumerable<string> attrs) => new(attrs.Except(MarketModelAttributes.AgentInputs).Select(a => (JsonNode?)a).ToArray());

    /// <summary>kW: prosumer_0 generates, prosumer_1 consumes, the battery gets nothing (so 0 from its zero profiles).</summary>
    private static (string Eid, string Attr, double Kw)[] Fed(int k) =>
        [("prosumer_0", N.GenerationKw, 8.0 + k), ("prosumer_1", N.DemandKw, 6.0 + (0.5 * k)), ("prosumer_0", N.DemandKw, 1.25)];

    private static JsonObject Inputs(int k)
    {
        var inputs = new JsonObject();
        foreach (var (eid, attr, kw) in Fed(k))
        {
            var entity = inputs[eid] as JsonObject ?? (JsonObject)(inputs[eid] = new JsonObject());
            entity[attr] = new JsonObject { [$"src.{eid}"] = kw };
        }

        return inputs;
    }

    /// <summary>
    /// The same three agents written as scenario entries (zero profiles: constant × 0, the documented default) into the
    /// case-5 document, compiled, and stepped on a bare market component with the same inputs.
    /// </summary>
    private static async Task<List<Dictionary<string, Dictionary<string, double>>>> ReferenceRunAsync(string[] batteryAttrs)
    {
        var document = ScenarioLoader.Load(MarketTestScenario.ScenarioPath);
        ProfileSection Zero() => new() { Source = "constant", Multiplier = 0 };
        document.Agents.Clear();
        document.Agents.Add(new AgentSection { Id = "prosumer_0", CapacityKw = 10, Generation = Zero(), Demand = Zero() });
        document.Agents.Add(new AgentSection { Id = "prosumer_1", CapacityKw = 10, Generation = Zero(), Demand = Zero() });
        document.Agents.Add(new AgentSection
        {
            Id = "battery_0", Generation = Zero(), Demand = Zero(),
            Battery = new BatterySection { CapacityKwh = 20, InitialSoc = 0.5, Efficiency = 0.95, CRate = 0.5 },
        });
        var compiled = ScenarioCompiler.Compile(document);
        using var market = new MarketComponent("market", compiled, StrategyCatalog.Create(compiled.Document.Strategy));
        market.Environment.SetClearingMechanism(global::EnergyCoSim.Market.Pricing.ClearingMechanism.Average);
        market.Setup(SimulationTime.Zero, null, TimeResolution.FromSeconds(60));
        market.EnterInitialization();
        market.ExitInitialization();
        var refs = market.Description.Variables.ToDictionary(v => v.Name, v => v.Reference, StringComparer.Ordinal);
        var results = new List<Dictionary<string, Dictionary<string, double>>>();
        var buffer = new double[1];
        for (var k = 0; k < ReferenceSteps; k++)
        {
            foreach (var v in market.Description.Variables.Where(v => v.Causality == VariableCausality.Input))
            {
                market.SetReal([v.Reference], [double.NaN]);
            }

            foreach (var (eid, attr, kw) in Fed(k))
            {
                market.SetReal([refs[N.Agent(eid, attr)]], [kw]);
            }

            Assert.Equal(StepOutcome.Accepted, (await market.StepAsync(new SimulationTime(k * MarketTestScenario.IntervalTicks), market.Interval, CancellationToken.None)).Outcome);
            var step = new Dictionary<string, Dictionary<string, double>>();
            foreach (var eid in new[] { "prosumer_0", "prosumer_1", "battery_0" })
            {
                step[eid] = (eid == "battery_0" ? batteryAttrs : MarketModelAttributes.Prosumer).Where(a => !MarketModelAttributes.AgentInputs.Contains(a)).ToDictionary(a => a, a =>
                {
                    market.GetReal([refs.TryGetValue(N.Agent(eid, a), out var r) ? r : refs[a == MarketModelAttributes.ClearingPrice ? N.ClearingPrice : a]], buffer);
                    return buffer[0];
                });
            }

            results.Add(step);
        }

        return results;
    }
}
