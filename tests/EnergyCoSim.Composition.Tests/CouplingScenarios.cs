using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Composition.Tests;

/// <summary>Scenarios built to stress the feeder: heavy, constant PV at the far end of Baran–Wu 33.</summary>
internal static class CouplingScenarios
{
    /// <summary>Six 250 kW PV prosumers (constant output, small batteries), 12 hourly intervals.</summary>
    public static CompiledScenario HeavyPv(int steps = 12) => ScenarioCompiler.Compile(ScenarioLoader.ParseAndValidate($$"""
        schema_version: 1
        name: heavy-pv
        seed: 11
        max_steps: {{steps}}
        market: { min_price: 35, max_price: 280, min_quantity: 0.1, max_quantity: 400, mechanism: bid_ask_spread, partner_preference: false, threshold: 0.01, ledger: false }
        grid: { topology: mesh, nodes: 6, capacity_kw: 5000 }
        dso: { reset_each_episode: true }
        agents:
          - id: "pv{n:00}"
            count: 6
            capacity_kw: 250
            battery: { capacity_ratio: 0.2, min_soc: 0.1, max_soc: 0.9, efficiency: 0.95 }
            generation: { source: constant }
            demand: { source: residential, multiplier: 0.05 }
        """));

    /// <summary>The six agents on the last buses of the main feeder (13–18).</summary>
    public static IReadOnlyDictionary<string, int> FeederEnd { get; } = Enumerable.Range(1, 6).ToDictionary(i => $"pv{i:00}", i => 12 + i);

    /// <summary>Baran–Wu 33 with its loads at 30 % (a light-load hour: no undervoltage without the agents).</summary>
    public static GridCase LightBaranWu() => BuiltInFeeders.Load(BuiltInFeeders.BaranWu33).WithLoadsScaled(0.3);
}
