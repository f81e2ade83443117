using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using EnergyCoSim.Simulation.Scenarios;
using N = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Mosaik.Tests.Market;

/// <summary>The case-5 scenario's agents as individual creates: a market with agents="none", then one create per agent.</summary>
internal static class IndividualAgents
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>(model, params) per scenario agent, in file order; params read from the scenario file's own entries.</summary>
    public static List<(string Model, JsonObject Params)> FromScenario()
    {
        var document = ScenarioLoader.Load(MarketTestScenario.ScenarioPath);
        return document.Agents.Select(a =>
        {
            var p = JsonSerializer.SerializeToNode(a, Json)!.AsObject();
            p.Remove("count");
            p["market"] = "Market";
            if (p["battery"] is JsonObject battery)
            {
                p.Remove("battery");
                foreach (var (name, value) in battery.ToArray())
                {
                    battery.Remove(name);
                    p[name] = value;
                }

                return ("Battery", p);
            }

            return ("Prosumer", p);
        }).ToList();
    }

    /// <summary>init, create Market with agents="none", create every scenario agent individually; returns the entities.</summary>
    public static async Task<List<(string Eid, string Type)>> CreateAsync(MarketSession s, bool init = true)
    {
        if (init)
        {
            await s.Master.CallOkAsync("init", ["EnergyCoSim-0"], MarketTestScenario.SimParams());
            await s.Master.CallOkAsync("create", [1, "Market"], new JsonObject { ["agents"] = "none" });
        }

        var entities = new List<(string Eid, string Type)> { ("Market", "Market") };
        foreach (var (model, p) in FromScenario())
        {
            var created = (await s.Master.CallOkAsync("create", [1, model], p))!.AsArray();
            Assert.Equal("Market", created[0]!["rel"]![0]!.GetValue<string>());
            InProcessScenarioRunner.Flatten(created, entities);
        }

        return entities;
    }

    /// <summary>Every agent fed its scenario profile as mosaik inputs (kWh per 1-hour interval = kW).</summary>
    public static Func<int, Dictionary<string, Dictionary<string, Dictionary<string, double>>>> ProfileInputs()
    {
        var profiles = MarketTestScenario.Profiles();
        return k => profiles.ToDictionary(
            p => p.Id,
            p => new Dictionary<string, Dictionary<string, double>>
            {
                [N.GenerationKw] = new() { ["PV-0.pv"] = p.Generation[k] },
                [N.DemandKw] = new() { ["Load-0.load"] = p.Demand[k] },
            });
    }
}
