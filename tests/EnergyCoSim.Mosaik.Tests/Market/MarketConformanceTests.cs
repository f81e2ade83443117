using System.Text.Json.Nodes;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Market;
using N = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Mosaik.Tests.Market;

/// <summary>
/// The conformance run for the market model: the case-5 scenario with 15-minute intervals (sim param override) and
/// PV and load fed from two sources each for some agents only (the others run on their profiles).
/// </summary>
public sealed class MarketConformanceTests : MosaikScenarioConformanceTests
{
    protected override IMosaikModelProvider CreateProvider() => new MarketModelProvider(MarketModelOptions.Default);

    protected override MosaikTestScenario Scenario { get; } = new(
        new JsonObject { ["time_resolution"] = 1.0, ["scenario"] = MarketTestScenario.ScenarioPath, ["market_interval_s"] = 900, ["mechanism"] = "average" },
        [new MosaikTestCreate(1, "Market", [])],
        MarketTestScenario.Steps,
        Inputs,
        new Dictionary<string, string[]>
        {
            ["Market"] = [MarketModelAttributes.ClearingPrice, N.P2PVolumeKwh, N.DsoBuyKwh, N.DsoSellKwh, N.Interval],
            ["Prosumer"] = [N.PKw, N.BoughtKwh, N.SoldKwh, N.CashUsd, MarketModelAttributes.ClearingPrice],
            ["Battery"] = [N.PKw, N.Soc, N.BoughtKwh, N.SoldKwh, N.CashUsd, N.P2PVolumeKwh],
        });

    private static Dictionary<string, Dictionary<string, Dictionary<string, double>>> Inputs(int step, IReadOnlyList<(string Eid, string Type)> entities)
    {
        var inputs = new Dictionary<string, Dictionary<string, Dictionary<string, double>>>();
        var i = 0;
        foreach (var (eid, type) in entities.Where(e => e.Type != "Market"))
        {
            // Every other agent is fed in odd steps; the rest fall back to the scenario's profile.
            if ((i + step) % 2 == 1)
            {
                inputs[eid] = new()
                {
                    [N.GenerationKw] = new() { [$"PV-0.pv_{i}"] = Math.Max(0, 30 * Math.Sin((step - 6) * Math.PI / 12)) },
                    [N.DemandKw] = new() { [$"Load-0.house_{i}"] = 4.0 + (0.5 * i), [$"Load-0.ev_{i}"] = step % 5 == 0 ? 7.0 : 0.0 },
                };
            }

            i++;
        }

        return inputs;
    }
}
