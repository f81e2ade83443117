using BenchmarkDotNet.Attributes;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Benchmarks.Simulation;

/// <summary>
/// One market interval of the environment (orders, three-stage matching, settlement, batteries, KPIs, rewards,
/// reputation, observations) at 100, 1 000 and 10 000 prosumers with batteries. Ring and line grids have one agent
/// per node; "ieee34" puts every agent on one of the feeder's 34 buses (many households per bus). Zero-intelligence
/// actions are drawn once per size. The hash-chain ledger is off (its proof of work is measured by the ledger
/// benchmark) and partner preference off (its observation grows with N²).
/// </summary>
[MemoryDiagnoser]
public class EnvironmentStepBenchmarks
{
    private LocalEnergyMarketEnvironment _env = null!;
    private float[] _observations = [];
    private float[] _actions = [];
    private double[] _rewards = [];

    [Params(100, 1_000, 10_000)]
    public int Agents { get; set; }

    [Params("ring", "line", "ieee34")]
    public string Topology { get; set; } = "ring";

    [GlobalSetup]
    public void Setup()
    {
        _env = LocalEnergyMarketEnvironment.FromScenario(ScenarioLoader.ParseAndValidate(Scenario(Agents, Topology)), new EnvironmentOptions { RecordHistory = false });
        _observations = new float[Agents * _env.ObservationSize];
        _actions = new float[Agents * ActionBox.Size];
        _rewards = new double[Agents];
        var random = new RandomStream(42);
        for (var i = 0; i < Agents; i++)
        {
            var box = _env.ActionBoxes[i];
            new AgentAction(random.Uniform(box.MinPrice, box.MaxPrice), random.Uniform(box.MinQuantity, box.MaxQuantity), random.NextDouble(), random.Uniform(0, box.AgentCount + 1))
                .CopyTo(_actions.AsSpan(i * ActionBox.Size, ActionBox.Size));
        }

        _env.Reset(0, _observations);
    }

    [Benchmark(Description = "environment step")]
    public bool Step()
    {
        if (_env.IsDone)
        {
            _env.Reset(_env.Episode + 1, _observations);
        }

        return _env.Step(_actions, _observations, _rewards);
    }

    internal static string Scenario(int agents, string topology)
    {
        var market = "market: { min_price: 35, max_price: 280, min_quantity: 0.1, max_quantity: 200, mechanism: bid_ask_spread, ledger: false }";
        var battery = "battery: { capacity_ratio: 0.5, min_soc: 0.1, max_soc: 0.9, efficiency: 0.95 }";
        if (topology == "ieee34")
        {
            var buses = new[] { "802", "806", "808", "810", "812", "814", "850", "816", "818", "820", "822", "824", "826", "828", "830", "854", "856", "852", "832", "858", "834", "842", "844", "846", "848", "860", "836", "840", "862", "838", "864", "888", "890" };
            var per = agents / buses.Length;
            var rest = agents - (per * (buses.Length - 1));
            var entries = buses.Select((b, k) => $"  - {{ id: \"h{b}_{{n}}\", count: {(k == buses.Length - 1 ? rest : per)}, capacity_kw: 60, node: \"{b}\", {battery} }}");
            return $"schema_version: 1\nname: ieee34_{agents}\nmax_steps: 24\n{market}\ngrid: {{ topology: ieee34 }}\nagents:\n{string.Join('\n', entries)}\n";
        }

        return $"schema_version: 1\nname: {topology}_{agents}\nmax_steps: 24\n{market}\ngrid: {{ topology: {topology}, nodes: {agents} }}\nagents:\n  - {{ id: \"a{{n}}\", count: {agents}, capacity_kw: 60, {battery} }}\n";
    }
}
