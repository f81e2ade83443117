using EnergyCoSim.Core.Time;
using EnergyCoSim.Grid.Components;
using EnergyCoSim.Simulation.Strategies;
using Xunit.Abstractions;

namespace EnergyCoSim.Composition.Tests;

public sealed class MarketGridCouplingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RunAsync_HeavyPvAtTheFeederEnd_DsoKeepsVoltagesInBand()
    {
        using var run = MarketGridCoupling.Build(CouplingScenarios.HeavyPv(), new RuleBasedStrategy(), CouplingScenarios.LightBaranWu(), CouplingScenarios.FeederEnd);
        var report = await run.RunAsync();
        foreach (var r in run.Recorder.Records)
        {
            output.WriteLine($"{r.Step} it={r.Iterations} conv={r.Converged} v=[{r.VMinPu:F4},{r.VMaxPu:F4}] worst={r.WorstBus} viol={r.Violations} curt={r.CurtailedKwh:F1} loss={r.LossesKw:F1}");
        }

        Assert.True(report.Succeeded, report.Failure?.Reason);
        Assert.Equal(12, run.Recorder.Records.Count);
        Assert.All(run.Recorder.Records, r => Assert.InRange(r.VMaxPu, 0.95, 1.05));
        Assert.Contains(run.Recorder.Records, r => r.Iterations > 1 && r.CurtailedKwh > 0);
    }

    [Fact]
    public async Task RunAsync_GridCoupled_TradesCarryNoDistanceLossesAndThePowerFlowReportsLosses()
    {
        using var run = MarketGridCoupling.Build(CouplingScenarios.HeavyPv(4), new RuleBasedStrategy(), CouplingScenarios.LightBaranWu(), CouplingScenarios.FeederEnd);
        await run.RunAsync();

        Assert.Equal(0, run.Market.Environment.LastMatching!.TransmissionLosses.Value);
        Assert.Equal(0, run.Market.Environment.Topology.LossFactor);
        Assert.All(run.Recorder.Records, r => Assert.True(r.LossesKw > 0));
    }
}
