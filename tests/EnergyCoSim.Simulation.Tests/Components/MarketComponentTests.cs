using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Components;
using EnergyCoSim.Simulation.Strategies;
using EnergyCoSim.Simulation.Tests.Support;
using N = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Simulation.Tests.Components;

public sealed class MarketComponentTests
{
    private static readonly SimulationDuration Hour = new(3600);

    [Fact]
    public async Task StepAsync_OneInterval_AgentInjectionsSumToTheDsoBalance()
    {
        using var market = Started();
        Assert.Equal(StepOutcome.Accepted, (await market.StepAsync(SimulationTime.Zero, Hour, default)).Outcome);

        var ids = market.Environment.AgentIds;
        var injected = ids.Sum(id => Read(market, N.Agent(id, N.PKw)));
        var buses = market.Description.Variables.Where(v => v.Name.StartsWith("bus_", StringComparison.Ordinal) && v.Name.EndsWith(".p_kw", StringComparison.Ordinal)).Sum(v => Read(market, v.Name));
        var m = market.Environment.LastMatching!;

        // P2P trades cancel: what leaves the agents is what the DSO bought minus what it sold (1 h interval: kWh = kW).
        Assert.Equal(m.DsoBuyVolume.Value - m.DsoSellVolume.Value, injected, 9);
        Assert.Equal(injected, buses, 9);
        Assert.Equal(m.ClearingPrice.Value, Read(market, N.ClearingPrice));
        Assert.Equal(1, Read(market, N.Interval));
    }

    [Fact]
    public async Task RestoreState_AfterFurtherSteps_RepeatsTheRunBitForBit()
    {
        using var market = Started();
        await Run(market, 0, 5);
        var saved = market.SaveState();
        var first = await Run(market, 5, 12);

        market.RestoreState(saved);
        var second = await Run(market, 5, 12);

        Assert.Equal(Bits(first), Bits(second));
    }

    [Fact]
    public async Task DeserializeState_InAFreshComponent_ContinuesBitForBit()
    {
        using var original = Started();
        await Run(original, 0, 7);
        var bytes = original.SerializeState(original.SaveState());
        var expected = await Run(original, 7, 15);

        using var copy = Started();
        copy.RestoreState(copy.DeserializeState(bytes));
        var actual = await Run(copy, 7, 15);

        Assert.Equal(Bits(expected), Bits(actual));
    }

    [Fact]
    public async Task StepAsync_StepSizeNotTheMarketInterval_FailsNamingTheInterval()
    {
        using var market = Started();
        var result = await market.StepAsync(SimulationTime.Zero, new SimulationDuration(900), default);

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Contains("not the market interval", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepAsync_GenerationInputAndZeroExportLimit_CurtailsTheSurplus()
    {
        using var market = Started();
        var id = market.Environment.AgentIds[0];
        Write(market, N.Agent(id, N.GenerationKw), 50);
        Write(market, N.Agent(id, N.DemandKw), 10);
        Write(market, N.Agent(id, N.ExportLimitKw), 0);

        await market.StepAsync(SimulationTime.Zero, Hour, default);

        Assert.Equal(40, Read(market, N.Agent(id, N.LimitedKwh)), 9);
        var record = market.Environment.AgentHistory.Single(a => a.AgentId == id);
        Assert.Equal(10, record.GenerationKWh, 6);
        Assert.Equal(10, record.DemandKWh, 6);
    }

    [Fact]
    public void SetReal_OnAnOutput_IsRejectedNamingTheVariable()
    {
        using var market = Started();
        var v = market.Description.GetVariable(N.ClearingPrice);

        var ex = Assert.Throws<Core.Errors.ValidationException>(() => market.SetReal([v.Reference], [1.0]));
        Assert.Contains("clearing_price", ex.Message, StringComparison.Ordinal);
    }

    internal static MarketComponent Started()
    {
        var doc = TestScenarios.Small();
        var market = new MarketComponent("market", ScenarioCompiler.Compile(doc), new RuleBasedStrategy());
        market.Setup(SimulationTime.Zero, new SimulationTime(24 * 3600), TimeResolution.Second);
        market.EnterInitialization();
        market.ExitInitialization();
        return market;
    }

    private static async Task<List<double[]>> Run(MarketComponent market, int from, int to)
    {
        var outputs = market.Description.Variables.Where(v => v.Causality == VariableCausality.Output).Select(v => v.Reference).ToArray();
        var rows = new List<double[]>();
        for (var k = from; k < to; k++)
        {
            var r = await market.StepAsync(new SimulationTime(k * 3600L), Hour, default);
            Assert.Equal(StepOutcome.Accepted, r.Outcome);
            var values = new double[outputs.Length];
            market.GetReal(outputs, values);
            rows.Add(values);
        }

        return rows;
    }

    private static long[] Bits(List<double[]> rows) => rows.SelectMany(r => r).Select(BitConverter.DoubleToInt64Bits).ToArray();

    private static double Read(ICoSimComponent c, string name)
    {
        var values = new double[1];
        c.GetReal([c.Description.GetVariable(name).Reference], values);
        return values[0];
    }

    private static void Write(ICoSimComponent c, string name, double value) =>
        c.SetReal([c.Description.GetVariable(name).Reference], [value]);
}
