using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Scenarios;
using Xunit.Abstractions;

namespace EnergyCoSim.Composition.Tests;

public sealed class CosimExampleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Case5OnIeee34_RunsEveryIntervalAndReportsTheGrid()
    {
        var doc = ScenarioLoader.Load(Example("cosim-case5-ieee34", "case5_ieee34.yaml"));
        using var run = CosimScenario.Build(doc);
        var report = await run.RunAsync();
        foreach (var r in run.Recorder.Records)
        {
            output.WriteLine($"{r.Step} it={r.Iterations} conv={r.Converged} v=[{r.VMinPu:F4},{r.VMaxPu:F4}] worst={r.WorstBus} load={r.MaxLoadingPct:F1} viol={r.Violations} curt={r.CurtailedKwh:F1} loss={r.LossesKw:F1}");
        }

        Assert.True(report.Succeeded, report.Failure?.Reason);
        Assert.Equal(24, run.Recorder.Records.Count);
        Assert.Equal(890, run.BusOfAgent["community_storage"]);
        var unmapped = run.Market.Environment.Agents.Single(a => a.Id == "prosumer_001");
        Assert.Equal(int.Parse(unmapped.NodeId!, System.Globalization.CultureInfo.InvariantCulture), run.BusOfAgent["prosumer_001"]);
        Assert.All(run.Recorder.Records, r => Assert.True(r.LossesKw > 0));
    }

    [Fact]
    public void Build_CosimSectionWithBadValues_ListsEveryProblem()
    {
        var doc = ScenarioLoader.ParseAndValidate(File.ReadAllText(Example("cosim-case5-ieee34", "case5_ieee34.yaml"))
            .Replace("feeder: ieee34", "feeder: ieee99", StringComparison.Ordinal)
            .Replace("v_max_pu: 1.05", "v_max_pu: 0.9", StringComparison.Ordinal)
            .Replace("max_iterations: 20", "max_iterations: 0", StringComparison.Ordinal)
            + "  connections:\n    - { from: market.clearing_price, to: grid.load_scale, coupling: sideways }\n");

        var ex = Assert.Throws<ValidationException>(() => CosimScenario.Build(doc));

        Assert.Contains(ex.Violations, v => v.Field == "cosim.power_flow.feeder");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.grid_operator.vMaxPu");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.algorithm.max_iterations");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.connections[0].coupling" && v.Value == "sideways");
    }

    [Fact]
    public void Build_CosimConnectionWithMismatchedUnits_IsRejectedByTheMaster()
    {
        var doc = ScenarioLoader.ParseAndValidate(File.ReadAllText(Example("cosim-case5-ieee34", "case5_ieee34.yaml"))
            + "  connections:\n    - { from: market.clearing_price, to: grid.load_scale }\n");

        var ex = Assert.Throws<ValidationException>(() => CosimScenario.Build(doc));

        Assert.Contains("USD/MWh", ex.Message, StringComparison.Ordinal);
    }

    internal static string Example(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine([dir!.FullName, "examples", .. parts]);
    }
}
