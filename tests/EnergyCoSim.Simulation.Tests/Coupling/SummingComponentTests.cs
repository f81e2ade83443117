using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Simulation.Coupling;

namespace EnergyCoSim.Simulation.Tests.Coupling;

public sealed class SummingComponentTests
{
    [Fact]
    public async Task StepAsync_MarketPlusChargingBattery_SumsWithGains()
    {
        // Bus injection = market 12.5 kW + (−1) · battery charging 20 kW = −7.5 kW.
        using var sum = Started(new SummingComponent("sum_bus_1", [1, -1], "kW"));
        sum.SetReal([0, 1], [12.5, 20]);

        await sum.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), default);

        Assert.Equal(-7.5, Get(sum, 2));
        Assert.All(sum.Description.Variables, v => Assert.Equal("kW", v.Unit));
    }

    [Fact]
    public async Task RestoreState_AfterAnotherStep_GivesTheSavedValuesBitForBit()
    {
        using var sum = Started(new SummingComponent("g", [0.5], "kW"));
        sum.SetReal([0], [0.1]);
        await sum.StepAsync(SimulationTime.Zero, new SimulationDuration(1), default);
        using var saved = sum.SaveState();
        var bytes = sum.SerializeState(saved);

        sum.SetReal([0], [7]);
        await sum.StepAsync(new SimulationTime(1), new SimulationDuration(1), default);
        Assert.Equal(3.5, Get(sum, 1));
        sum.RestoreState(sum.DeserializeState(bytes));

        Assert.Equal(0.05, Get(sum, 1));
        Assert.Equal(0.1, Get(sum, 0));
    }

    [Fact]
    public void SetReal_Output_IsRefusedNamingIt()
    {
        using var sum = Started(new SummingComponent("s", [1], "kW"));

        var ex = Assert.Throws<ValidationException>(() => sum.SetReal([1], [2]));

        Assert.Contains("s.sum", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoTermsOrNaNGain_IsRefused()
    {
        Assert.Throws<ValidationException>(() => new SummingComponent("s", [], "kW"));
        var ex = Assert.Throws<ValidationException>(() => new SummingComponent("s", [1, double.NaN], "kW"));
        Assert.Contains(ex.Violations, v => v.Field == "gains[1]");
    }

    private static SummingComponent Started(SummingComponent c)
    {
        c.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        c.EnterInitialization();
        c.ExitInitialization();
        return c;
    }

    private static double Get(SummingComponent c, uint reference)
    {
        var v = new double[1];
        c.GetReal([reference], v);
        return v[0];
    }
}
