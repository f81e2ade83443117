using System.Text.Json.Nodes;

namespace EnergyCoSim.Mosaik.Tests;

/// <summary>Scenarios for the simple community model: PV and load from two sources each, as several mosaik simulators would feed them.</summary>
internal static class SimpleScenarios
{
    public static MosaikTestScenario Community(int steps, int childProsumers, int attachedProsumers)
    {
        var creates = new List<MosaikTestCreate>
        {
            new(1, "Market", new JsonObject { ["num_prosumers"] = childProsumers, ["capacity_kwh"] = 8.0, ["max_power_kw"] = 3.0, ["initial_soc"] = 0.4 }),
        };
        if (attachedProsumers > 0)
        {
            creates.Add(new(attachedProsumers, "Prosumer", new JsonObject { ["market"] = "Market_0", ["capacity_kwh"] = 0.0 }));
        }

        return new MosaikTestScenario(
            new JsonObject { ["time_resolution"] = 60.0, ["market_interval_s"] = 900, ["mechanism"] = "sdr" },
            creates,
            steps,
            Inputs,
            new Dictionary<string, string[]>
            {
                ["Market"] = ["clearing_price_usd_per_mwh", "p2p_kwh", "dso_bought_kwh", "dso_sold_kwh"],
                ["Prosumer"] = ["p_net_kw", "soc", "bought_kwh", "sold_kwh", "cash_usd", "clearing_price_usd_per_mwh"],
            });
    }

    private static Dictionary<string, Dictionary<string, Dictionary<string, double>>> Inputs(int step, IReadOnlyList<(string Eid, string Type)> entities)
    {
        var inputs = new Dictionary<string, Dictionary<string, Dictionary<string, double>>>();
        var i = 0;
        foreach (var (eid, type) in entities)
        {
            if (type != "Prosumer")
            {
                continue;
            }

            // Deterministic, varied PV and load; two sources per attribute are summed by the endpoint.
            var pv = Math.Max(0, 4.0 * Math.Sin((step + i) * 0.7)) + (0.1 * i);
            var load = 1.0 + (0.37 * ((step * 3 + i * 5) % 7));
            inputs[eid] = new()
            {
                ["pv_kw"] = new() { ["PV-0.pv_" + i] = pv },
                ["load_kw"] = new() { ["Load-0.base_" + i] = load * 0.6, ["Load-0.ev_" + i] = load * 0.4 },
            };
            i++;
        }

        return inputs;
    }
}
