using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Simulation.Tests.Support;

/// <summary>Small inline scenarios for environment tests.</summary>
internal static class TestScenarios
{
    public static ScenarioDocument Small(int agents = 5, bool preference = true, ulong seed = 7, string mechanism = "bid_ask_spread", int steps = 24) =>
        ScenarioLoader.ParseAndValidate($$"""
            schema_version: 1
            name: small
            seed: {{seed}}
            max_steps: {{steps}}
            market: { min_price: 35, max_price: 280, min_quantity: 0.1, max_quantity: 200, mechanism: {{mechanism}}, partner_preference: {{(preference ? "true" : "false")}}, threshold: 0.01 }
            grid: { topology: mesh, nodes: {{agents}}, capacity_kw: 1200 }
            dso: { reset_each_episode: true }
            agents:
              - id: "p{n:00}"
                count: {{agents}}
                capacity_kw: 60
                capacity_jitter_kw: [-10, 15]
                battery: { capacity_ratio: 0.5, min_soc: 0.1, max_soc: 0.9, efficiency: 0.93 }
                demand: { source: residential, multiplier: 0.5, clip: [0.1, 200] }
            """);

    public static string Case5(string scenario) => RepositoryPaths.Examples("case5-battery-coordination", scenario + ".yaml");
}
