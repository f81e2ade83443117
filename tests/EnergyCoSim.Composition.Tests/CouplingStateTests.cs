using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Coupling;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Composition.Tests;

public sealed class CouplingStateTests
{
    [Fact]
    public async Task RestoreCheckpoint_MidRun_EndsBitIdenticalToAnUninterruptedRun()
    {
        using var whole = Build();
        await whole.RunAsync();

        using var first = Build();
        await first.Execution.RunUntilAsync(new Core.Time.SimulationTime(5 * 3600));
        using var checkpoint = new MemoryStream();
        first.Execution.SaveCheckpoint(checkpoint);
        checkpoint.Position = 0;
        using var resumed = Build();
        resumed.Execution.RestoreCheckpoint(checkpoint);
        await resumed.RunAsync();

        Assert.Equal(Bits(whole), Bits(resumed));
        Assert.Equal(
            whole.Recorder.Records.Skip(5).Select(r => (r.Iterations, BitConverter.DoubleToInt64Bits(r.VMaxPu), BitConverter.DoubleToInt64Bits(r.CurtailedKwh))),
            resumed.Recorder.Records.Select(r => (r.Iterations, BitConverter.DoubleToInt64Bits(r.VMaxPu), BitConverter.DoubleToInt64Bits(r.CurtailedKwh))));
    }

    [Fact]
    public async Task RunAsync_WithoutDsoAction_TheScenarioViolatesTheBand()
    {
        // A band the DSO never sees violated: the same run shows what the coupling prevents.
        using var run = MarketGridCoupling.Build(
            CouplingScenarios.HeavyPv(), new RuleBasedStrategy(), CouplingScenarios.LightBaranWu(), CouplingScenarios.FeederEnd,
            new CoupledRunOptions(gridOperator: new GridOperatorOptions(vMaxPu: 1.49, relaxBandPu: 0.05)));
        await run.RunAsync();

        Assert.Contains(run.Recorder.Records, r => r.VMaxPu > 1.05);
        Assert.All(run.Recorder.Records, r => Assert.Equal(1, r.Iterations));
    }

    [Fact]
    public void Build_AgentsOnUnknownAndSlackBuses_ListsEveryProblem()
    {
        var map = CouplingScenarios.FeederEnd.ToDictionary(k => k.Key, k => k.Value);
        map["pv01"] = 999;
        map["pv02"] = 1;
        map.Remove("pv03");
        map["ghost"] = 5;

        var ex = Assert.Throws<ValidationException>(() => MarketGridCoupling.Build(CouplingScenarios.HeavyPv(), new RuleBasedStrategy(), CouplingScenarios.LightBaranWu(), map));

        Assert.Equal(4, ex.Violations.Count);
        Assert.Contains(ex.Violations, v => v.Field == "cosim.power_flow.buses.pv01" && v.Description.Contains("not a bus", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Field == "cosim.power_flow.buses.pv02" && v.Description.Contains("slack", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Field.EndsWith("pv03", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Field.EndsWith("ghost", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ExtraConnectionWithMismatchedUnits_IsRejectedNamingBothUnits()
    {
        var ex = Assert.Throws<ValidationException>(() => MarketGridCoupling.Build(
            CouplingScenarios.HeavyPv(), new RuleBasedStrategy(), CouplingScenarios.LightBaranWu(), CouplingScenarios.FeederEnd,
            configure: b => b.Connect("market.clearing_price", "grid.load_scale")));

        Assert.Contains("USD/MWh", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ConnectionToAnUnknownVariable_IsRejectedNamingIt()
    {
        var ex = Assert.Throws<ValidationException>(() => MarketGridCoupling.Build(
            CouplingScenarios.HeavyPv(), new RuleBasedStrategy(), CouplingScenarios.LightBaranWu(), CouplingScenarios.FeederEnd,
            configure: b => b.Connect("market.pv01.p_kw", "grid.bus_77.p_kw")));

        Assert.Contains("bus_77.p_kw", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GridOperatorOptions_BandAndDeadBandOutOfRange_ListsEveryField()
    {
        var ex = Assert.Throws<ValidationException>(() => new GridOperatorOptions(vMinPu: 1.2, vMaxPu: 0.9, marginPu: 0.02, relaxBandPu: 0.01));

        Assert.Equal(3, ex.Violations.Count);
        Assert.Contains(ex.Violations, v => v.Field == "grid_operator.relaxBandPu");
    }

    private static CoupledRun Build() =>
        MarketGridCoupling.Build(CouplingScenarios.HeavyPv(), new RuleBasedStrategy(), CouplingScenarios.LightBaranWu(), CouplingScenarios.FeederEnd);

    private static long[] Bits(CoupledRun run)
    {
        var market = run.Market;
        var refs = market.Description.Variables.Select(v => v.Reference).ToArray();
        var values = new double[refs.Length];
        market.GetReal(refs, values);
        var grid = run.Grid.Description.Variables.Select(v => v.Reference).ToArray();
        var g = new double[grid.Length];
        run.Grid.GetReal(grid, g);
        return values.Concat(g).Select(BitConverter.DoubleToInt64Bits).ToArray();
    }
}
