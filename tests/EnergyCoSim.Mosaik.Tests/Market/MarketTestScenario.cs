using System.Text.Json.Nodes;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Components;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Spaces;
using N = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Mosaik.Tests.Market;

/// <summary>
/// The case-5 "mixed_battery" scenario (7 agents, 24 hourly intervals, one without battery) and its in-process
/// references: <see cref="ScenarioRunner"/>, the environment stepped by hand, and a bare <see cref="MarketComponent"/>.
/// </summary>
internal static class MarketTestScenario
{
    public const int Steps = 24;

    /// <summary>Ticks per interval at 60 s per tick.</summary>
    public const long IntervalTicks = 60;

    public static string RepositoryRoot { get; } = FindRoot();

    public static string ScenarioPath => Path.Combine(RepositoryRoot, "examples", "case5-battery-coordination", "mixed_battery.yaml");

    public static JsonObject SimParams() => new() { ["time_resolution"] = 60.0, ["scenario"] = ScenarioPath };

    public static CompiledScenario Compile() => ScenarioCompiler.Compile(ScenarioLoader.Load(ScenarioPath));

    /// <summary>One episode through <see cref="ScenarioRunner"/> with the scenario's own strategy.</summary>
    public static EpisodeResult RunnerEpisode()
    {
        var compiled = Compile();
        return ScenarioRunner.Run(compiled, StrategyCatalog.Create(compiled.Document.Strategy), 1).Episodes[0];
    }

    /// <summary>The environment stepped with <see cref="ScenarioRunner.Decide"/>, the mechanism switched before interval <paramref name="switchAt"/>.</summary>
    public static LocalEnergyMarketEnvironment EnvironmentRun(int switchAt, global::EnergyCoSim.Market.Pricing.ClearingMechanism mechanism)
    {
        var compiled = Compile();
        var strategy = StrategyCatalog.Create(compiled.Document.Strategy);
        var env = new LocalEnergyMarketEnvironment(compiled);
        var n = env.AgentIds.Count;
        var obs = new float[n * env.ObservationSize];
        var actions = new float[n * ActionBox.Size];
        var rewards = new double[n];
        env.Reset(0, obs);
        var random = env.AgentIds.Select(id => compiled.Streams.For("strategy", id, 0)).ToArray();
        var meanUtility = Enumerable.Range(0, env.MaxSteps).Average(t => env.Dso.UtilityPrice(t).Value);
        for (var t = 0; t < env.MaxSteps; t++)
        {
            if (t == switchAt)
            {
                env.SetClearingMechanism(mechanism);
            }

            ScenarioRunner.Decide(env, strategy, obs, actions, random, meanUtility);
            env.Step(actions, obs, rewards);
        }

        return env;
    }

    /// <summary>Generation and demand profiles of episode 0, kWh per interval: [agent][step].</summary>
    public static (string Id, double[] Generation, double[] Demand)[] Profiles()
    {
        var env = new LocalEnergyMarketEnvironment(Compile());
        env.Reset(0, new float[env.AgentIds.Count * env.ObservationSize]);
        return env.Agents.Select(a => (a.Id, a.Generation.Values.ToArray(), a.Demand.Values.ToArray())).ToArray();
    }

    /// <summary>
    /// A bare market component stepped with <paramref name="inputs"/> (agent → attr → kW for each step; missing = NaN,
    /// i.e. the profile); returns per step agent → attr → value for the given attributes.
    /// </summary>
    public static async Task<List<Dictionary<string, Dictionary<string, double>>>> ComponentRunAsync(
        Func<int, Dictionary<string, Dictionary<string, double>>> inputs, string[] agentAttrs, string[] marketAttrs)
    {
        var compiled = Compile();
        using var market = new MarketComponent("market", compiled, StrategyCatalog.Create(compiled.Document.Strategy));
        var resolution = TimeResolution.FromSeconds(60);
        market.Setup(SimulationTime.Zero, null, resolution);
        market.EnterInitialization();
        market.ExitInitialization();
        var refs = market.Description.Variables.ToDictionary(v => v.Name, v => v.Reference, StringComparer.Ordinal);
        var ids = market.Environment.AgentIds;
        var results = new List<Dictionary<string, Dictionary<string, double>>>();
        for (var k = 0; k < Steps; k++)
        {
            var step = inputs(k);
            foreach (var id in ids)
            {
                foreach (var attr in new[] { N.GenerationKw, N.DemandKw })
                {
                    var value = step.TryGetValue(id, out var a) && a.TryGetValue(attr, out var v) ? v : double.NaN;
                    market.SetReal([refs[N.Agent(id, attr)]], [value]);
                }
            }

            var r = await market.StepAsync(new SimulationTime(k * IntervalTicks), market.Interval, CancellationToken.None);
            Assert.Equal(Core.Components.StepOutcome.Accepted, r.Outcome);
            var values = new Dictionary<string, Dictionary<string, double>>();
            var buffer = new double[1];
            foreach (var id in ids)
            {
                values[id] = agentAttrs.ToDictionary(attr => attr, attr =>
                {
                    market.GetReal([refs.TryGetValue(N.Agent(id, attr), out var r) ? r : refs[Global(attr)]], buffer);
                    return buffer[0];
                });
            }

            values["Market"] = marketAttrs.ToDictionary(attr => attr, attr =>
            {
                market.GetReal([refs[Global(attr)]], buffer);
                return buffer[0];
            });
            results.Add(values);
        }

        return results;
    }

    /// <summary>The component's name of a market result (mosaik names the price with its unit).</summary>
    private static string Global(string attr) => attr == Mosaik.Market.MarketModelAttributes.ClearingPrice ? N.ClearingPrice : attr;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EnergyCoSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (EnergyCoSim.sln) not found above " + AppContext.BaseDirectory);
    }
}
