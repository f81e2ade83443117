using System.Globalization;
using System.Text;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Scenarios;
using static EnergyCoSim.Composition.Tests.CouplingValues;

namespace EnergyCoSim.Composition.Tests;

/// <summary>Profile components (cosim.profiles) feeding the market's per-agent generation/demand inputs.</summary>
public sealed class ProfileCouplingTests : IDisposable
{
    private static readonly string Case5 = CosimExampleTests.Example("cosim-case5-ieee34", "case5_ieee34.yaml");
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ecs-profiles-");

    [Fact]
    public async Task CsvProfiles_WithTheScenariosOwnValues_GiveIdenticalTrades()
    {
        // Case 5 with every agent's profiles inline (the generated ones, at float32 precision, which is the precision the
        // market carries fed values at), then the same run fed those values by a CSV profile component.
        var own = new LocalEnergyMarketEnvironment(ScenarioCompiler.Compile(ScenarioLoader.Load(Case5)));
        own.Reset(0, new float[own.AgentIds.Count * own.ObservationSize]);
        var agents = own.Agents;
        static double F(double v) => (float)v;
        var text = File.ReadAllText(Case5);
        var csv = new StringBuilder("time_s");
        foreach (var a in agents)
        {
            text = ReplaceFirst(text, "generation: { source: solar, clip: [0.1, 200] }", $"generation: {{ source: values, values: [{string.Join(", ", a.Generation.Values.Select(v => F(v).ToString("R", CultureInfo.InvariantCulture)))}] }}");
            text = ReplaceFirst(text, "demand: { source: residential, multiplier: 0.5, clip: [0.1, 200] }", $"demand: {{ source: values, values: [{string.Join(", ", a.Demand.Values.Select(v => F(v).ToString("R", CultureInfo.InvariantCulture)))}] }}");
            csv.Append(CultureInfo.InvariantCulture, $",{a.Id}_gen,{a.Id}_dem");
        }

        csv.AppendLine();
        for (var t = 0; t < 24; t++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{t * 3600}");
            foreach (var a in agents)
            {
                csv.Append(CultureInfo.InvariantCulture, $",{F(a.Generation.Values[t]):R},{F(a.Demand.Values[t]):R}");
            }

            csv.AppendLine();
        }

        File.WriteAllText(Path.Combine(_dir.FullName, "own.csv"), csv.ToString());
        var cosim = new StringBuilder("  profiles:\n    - { name: own, kind: csv, file: own.csv, interpolation: hold }\n  connections:\n");
        foreach (var a in agents)
        {
            cosim.Append(CultureInfo.InvariantCulture, $"    - {{ from: own.{a.Id}_gen, to: market.{a.Id}.generation_kw }}\n    - {{ from: own.{a.Id}_dem, to: market.{a.Id}.demand_kw }}\n");
        }

        const int steps = 12;
        using var baseline = CosimScenario.Build(Scenario(text), until: steps);
        Assert.True((await baseline.RunAsync()).Succeeded);
        using var fed = CosimScenario.Build(Scenario(text + cosim), until: steps);
        Assert.True((await fed.RunAsync()).Succeeded);

        var expected = baseline.Market.Environment.Ledger!.TradeHistory();
        Assert.Contains(expected, t => !t.IsDsoTrade);
        Assert.Equal(expected, fed.Market.Environment.Ledger!.TradeHistory());
        Assert.Equal(baseline.Recorder.Records.Select(r => r.VMinPu), fed.Recorder.Records.Select(r => r.VMinPu));
        Assert.Equal(baseline.Market.Environment.Agents.Select(a => a.Profit.Value), fed.Market.Environment.Agents.Select(a => a.Profit.Value));
    }

    [Fact]
    public async Task CsvFeed_HoldAndLinear_GivesTheHandCheckedInjections()
    {
        // no_storage (no battery): generation held at 30 kW; demand 10 kW at 0 s rising linearly to 20 kW at 7 200 s.
        // Interval 0: 30 − 10 = 20 kW exported; interval 1 (3 600 s): demand 15 kW ⇒ 15 kW; interval 2 (7 200 s): 10 kW.
        File.WriteAllText(Path.Combine(_dir.FullName, "gen.csv"), "time_s,pv\n0,30\n");
        File.WriteAllText(Path.Combine(_dir.FullName, "dem.csv"), "time_s,load\n0,10\n7200,20\n");
        var text = File.ReadAllText(Case5) + """
              profiles:
                - { name: pv, kind: csv, file: gen.csv, unit: kW }
                - { name: load, kind: csv, file: dem.csv, unit: kW, interpolation: linear }
              connections:
                - { from: pv.pv, to: market.no_storage.generation_kw }
                - { from: load.load, to: market.no_storage.demand_kw }

            """;
        using var run = CosimScenario.Build(Scenario(text));
        double[] expected = [20, 15, 10];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Null((await run.Execution.StepAsync()).Failure);
            Assert.Equal(expected[i], Read(run, "market.no_storage.p_kw"), 9);
            Assert.Equal(expected[i], Read(run, "market.no_storage.sold_kwh") - Read(run, "market.no_storage.bought_kwh"), 9);
        }
    }

    [Fact]
    public async Task GeneratorProfile_SameSeed_SameSeriesAndWithinItsRange()
    {
        var text = File.ReadAllText(Case5) + """
              profiles:
                - { name: noise, kind: random, min_kw: 5, max_kw: 15, seed: 7 }
                - { name: sun, kind: solar, capacity_kw: 40 }
              connections:
                - { from: noise.value_kw, to: market.no_storage.demand_kw }
                - { from: sun.value_kw, to: market.no_storage.generation_kw }

            """;
        using var a = CosimScenario.Build(Scenario(text), until: 4);
        using var b = CosimScenario.Build(Scenario(text), until: 4);
        for (var i = 0; i < 4; i++)
        {
            Assert.Null((await a.Execution.StepAsync()).Failure);
            Assert.Null((await b.Execution.StepAsync()).Failure);
            var demand = Read(a, "noise.value_kw");
            Assert.InRange(demand, 5, 15);
            Assert.Equal(demand, Read(b, "noise.value_kw"));
            Assert.Equal(Read(a, "sun.value_kw"), Read(b, "sun.value_kw"));
        }
    }

    [Fact]
    public void Build_BadProfiles_ListsEveryProblemWithItsField()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "bad.csv"), "t,pv\n0,1\n");
        var text = File.ReadAllText(Case5) + """
              profiles:
                - { name: a, kind: csv, file: bad.csv, interpolation: cubic }
                - { name: b, kind: csv, file: missing.csv }
                - { name: c, kind: wind }
                - { name: a, kind: random, min_kw: 3, max_kw: 1 }

            """;

        var ex = Assert.Throws<Core.Errors.ValidationException>(() => CosimScenario.Build(Scenario(text)));

        Assert.Contains(ex.Violations, v => v.Field == "cosim.profiles[0].interpolation" && v.Value == "cubic");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.profiles[1].file" && v.Value == "missing.csv");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.profiles[2].kind" && v.Value == "wind");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.profiles[3].name" && v.Value == "a");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.profiles[3].max_kw");
    }

    public void Dispose() => _dir.Delete(recursive: true);

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var i = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{find}' not in the example");
        return string.Concat(text.AsSpan(0, i), replacement, text.AsSpan(i + find.Length));
    }

    private ScenarioDocument Scenario(string text) => ScenarioLoader.ParseAndValidate(text, baseDirectory: _dir.FullName);
}
