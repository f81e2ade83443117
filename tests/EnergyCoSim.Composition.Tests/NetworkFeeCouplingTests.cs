using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Coupling;
using EnergyCoSim.Simulation.Strategies;
using Xunit.Abstractions;
using static EnergyCoSim.Composition.Tests.CouplingValues;

namespace EnergyCoSim.Composition.Tests;

/// <summary>The DSO's grid fee in the coupled loop: six 250 kW PV agents at the end of Baran–Wu 33 (loads at 30 %).</summary>
public sealed class NetworkFeeCouplingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RunAsync_FeeAdjustmentOn_CutAgentsPayAFeeInStepsUpToTheCapAndTheMarketAppliesIt()
    {
        var options = new CoupledRunOptions(gridOperator: new GridOperatorOptions(feeStepUsdPerMWh: 10, maxFeeUsdPerMWh: 30));
        using var run = MarketGridCoupling.Build(CouplingScenarios.HeavyPv(6), new RuleBasedStrategy(), CouplingScenarios.LightBaranWu(), CouplingScenarios.FeederEnd, options);
        var feesSeen = new List<double>();
        while (run.Execution.CurrentTime < run.Execution.Options.StopTime)
        {
            Assert.Null((await run.Execution.StepAsync()).Failure);
            var applied = run.BusOfAgent.Keys.Select(a => Read(run, $"market.{a}.applied_network_fee_usd_per_mwh")).ToArray();
            var dso = run.BusOfAgent.Keys.Select(a => Read(run, $"dso.{a}.network_fee_usd_per_mwh")).ToArray();

            // Converged interval: the fee the market cleared with is the DSO's last answer (the fixed point).
            var r = run.Recorder.Records[^1];
            output.WriteLine($"{r.Step} it={r.Iterations} fee={r.NetworkFeeUsdPerMWh} agents={r.FeeAgents} v={r.VMaxPu:F4} curt={r.CurtailedKwh:F1}");
            Assert.True(r.Converged);
            Assert.Equal(dso, applied);
            Assert.Equal(applied.Max(), r.NetworkFeeUsdPerMWh);
            Assert.Equal(applied.Count(f => f > 0), r.FeeAgents);
            feesSeen.AddRange(applied);
        }

        // Every fee is a whole number of 10 USD/MWh steps within the 30 USD/MWh cap; the DSO acted, so some agent pays.
        Assert.All(feesSeen, f => Assert.Contains(f, new[] { 0.0, 10, 20, 30 }));
        Assert.Contains(run.Recorder.Records, r => r.Iterations > 1 && r.FeeAgents > 0);
    }

    [Fact]
    public async Task RunAsync_FeeAdjustmentOff_NoFeeAnywhere()
    {
        using var run = MarketGridCoupling.Build(CouplingScenarios.HeavyPv(3), new RuleBasedStrategy(), CouplingScenarios.LightBaranWu(), CouplingScenarios.FeederEnd);
        await run.RunAsync();

        Assert.All(run.Recorder.Records, r => Assert.Equal(0, r.NetworkFeeUsdPerMWh));
        Assert.Empty(run.Market.Environment.Dso.GridFees);
    }

    [Fact]
    public async Task RestoreCheckpoint_AfterFeesWereApplied_EndsBitIdenticalToAnUninterruptedRun()
    {
        var options = new CoupledRunOptions(gridOperator: new GridOperatorOptions(feeStepUsdPerMWh: 10, maxFeeUsdPerMWh: 30));
        CoupledRun Build() => MarketGridCoupling.Build(CouplingScenarios.HeavyPv(6), new RuleBasedStrategy(), CouplingScenarios.LightBaranWu(), CouplingScenarios.FeederEnd, options);
        using var whole = Build();
        await whole.RunAsync();
        var firstFee = whole.Recorder.Records.First(r => r.FeeAgents > 0).Step;
        Assert.True(firstFee < 5, "the scenario must apply a fee before its last interval");

        // Checkpoint right after the first interval that cleared with a fee: the restart must replay that fee.
        using var first = Build();
        await first.Execution.RunUntilAsync(new Core.Time.SimulationTime((firstFee + 1) * 3600L));
        using var checkpoint = new MemoryStream();
        first.Execution.SaveCheckpoint(checkpoint);
        checkpoint.Position = 0;
        using var resumed = Build();
        resumed.Execution.RestoreCheckpoint(checkpoint);
        await resumed.RunAsync();

        Assert.Equal(MarketBits(whole), MarketBits(resumed));
        Assert.Equal(
            whole.Recorder.Records.Skip(firstFee + 1).Select(r => (r.Iterations, r.FeeAgents, r.NetworkFeeUsdPerMWh, BitConverter.DoubleToInt64Bits(r.VMaxPu))),
            resumed.Recorder.Records.Select(r => (r.Iterations, r.FeeAgents, r.NetworkFeeUsdPerMWh, BitConverter.DoubleToInt64Bits(r.VMaxPu))));
    }

    private static long[] MarketBits(CoupledRun run)
    {
        var refs = run.Market.Description.Variables.Select(v => v.Reference).ToArray();
        var values = new double[refs.Length];
        run.Market.GetReal(refs, values);
        return values.Select(BitConverter.DoubleToInt64Bits).ToArray();
    }
}
