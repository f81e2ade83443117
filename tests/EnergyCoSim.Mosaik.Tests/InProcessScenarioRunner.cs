using System.Text.Json;
using System.Text.Json.Nodes;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Mosaik.Api;

namespace EnergyCoSim.Mosaik.Tests;

/// <summary>Runs a scenario directly on a provider and its component (no mosaik, no JSON on the wire): the reference.</summary>
internal static class InProcessScenarioRunner
{
    /// <summary>Values per step: eid → attr → value.</summary>
    public static async Task<List<Dictionary<string, Dictionary<string, double>>>> RunAsync(IMosaikModelProvider provider, MosaikTestScenario scenario)
    {
        var resolution = TimeResolution.FromSeconds(scenario.TimeResolution);
        var simParams = scenario.SimParams.Where(p => p.Key != "time_resolution")
            .ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value));
        provider.Initialize(new MosaikInitContext("EnergyCoSim-0", resolution, simParams));
        var entities = new List<(string Eid, string Type)>();
        foreach (var c in scenario.Creates)
        {
            var created = provider.Create(c.Num, c.Model, c.Params.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value)));
            Flatten(created, entities);
        }

        var binding = provider.Build();
        using var component = binding.Component;
        component.Setup(SimulationTime.Zero, null, resolution);
        component.EnterInitialization();
        component.ExitInitialization();
        var results = new List<Dictionary<string, Dictionary<string, double>>>();
        var t = SimulationTime.Zero;
        for (var k = 0; k < scenario.Steps; k++)
        {
            foreach (var (eid, attrs) in scenario.Inputs(k, entities))
            {
                foreach (var (attr, sources) in attrs)
                {
                    var v = binding.GetVariable(eid, attr);
                    component.SetReal([v.Reference], [sources.Values.Sum()]);
                }
            }

            var r = await component.StepAsync(t, binding.StepSize, CancellationToken.None);
            Assert.Equal(StepOutcome.Accepted, r.Outcome);
            t += binding.StepSize;
            var step = new Dictionary<string, Dictionary<string, double>>();
            foreach (var (eid, type) in entities)
            {
                var values = new Dictionary<string, double>();
                foreach (var attr in scenario.Outputs[type])
                {
                    var v = binding.GetVariable(eid, attr);
                    var buffer = new double[1];
                    component.GetReal([v.Reference], buffer);
                    values[attr] = buffer[0];
                }

                step[eid] = values;
            }

            results.Add(step);
        }

        component.Terminate();
        return results;
    }

    /// <summary>Adds entities and their children, depth first.</summary>
    public static void Flatten(IEnumerable<MosaikEntity> entities, List<(string Eid, string Type)> into)
    {
        foreach (var e in entities)
        {
            into.Add((e.Eid, e.Type));
            Flatten(e.Children ?? [], into);
        }
    }

    /// <summary>Adds entities and children from a <c>create</c> reply.</summary>
    public static void Flatten(JsonArray entities, List<(string Eid, string Type)> into)
    {
        foreach (var e in entities)
        {
            into.Add((e!["eid"]!.GetValue<string>(), e["type"]!.GetValue<string>()));
            if (e["children"] is JsonArray children)
            {
                Flatten(children, into);
            }
        }
    }
}
