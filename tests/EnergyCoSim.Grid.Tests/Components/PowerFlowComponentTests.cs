using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Grid.Components;
using EnergyCoSim.Grid.Feeders;
using N = EnergyCoSim.Grid.Components.PowerFlowVariableNames;

namespace EnergyCoSim.Grid.Tests.Components;

public sealed class PowerFlowComponentTests
{
    [Fact]
    public async Task StepAsync_BaranWuWithoutInjections_GivesThePublishedLossesAndMinimumVoltage()
    {
        using var grid = Started(BuiltInFeeders.BaranWu33);
        await grid.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), default);

        Assert.Equal(202.677, Read(grid, N.LossesKw), 2);
        Assert.Equal(0.91309, Read(grid, N.VMinPu), 4);
        Assert.Equal(0.91309, Read(grid, N.Bus(18, N.VPu)), 4);
        Assert.Equal(1, Read(grid, N.Converged));
    }

    [Fact]
    public async Task StepAsync_PvAtTheFeederEnd_RaisesItsVoltageAndLowersLosses()
    {
        using var grid = Started(BuiltInFeeders.BaranWu33);
        Write(grid, N.Bus(18, N.PKw), 300);
        await grid.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), default);

        Assert.True(Read(grid, N.Bus(18, N.VPu)) > 0.92);
        Assert.True(Read(grid, N.LossesKw) < 202.6);
    }

    [Fact]
    public async Task StepAsync_Ieee34_ConvergesFromTheNoLoadStart()
    {
        using var grid = Started(BuiltInFeeders.Ieee34);
        await grid.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), default);

        Assert.Equal(1, Read(grid, N.Converged));
        Assert.InRange(Read(grid, N.VMinPu), 0.8, 1.1);
    }

    [Fact]
    public async Task RestoreState_ThenTheSameInputs_GivesBitIdenticalOutputs()
    {
        using var grid = Started(BuiltInFeeders.BaranWu33);
        Write(grid, N.Bus(18, N.PKw), 100);
        await grid.StepAsync(SimulationTime.Zero, new SimulationDuration(1), default);
        var saved = grid.SaveState();
        Write(grid, N.Bus(18, N.PKw), 250);
        await grid.StepAsync(new SimulationTime(1), new SimulationDuration(1), default);
        var first = All(grid);

        grid.RestoreState(grid.DeserializeState(grid.SerializeState(saved)));
        Write(grid, N.Bus(18, N.PKw), 999);
        await grid.StepAsync(new SimulationTime(1), new SimulationDuration(1), default);
        Write(grid, N.Bus(18, N.PKw), 250);
        await grid.StepAsync(new SimulationTime(1), new SimulationDuration(1), default);

        Assert.Equal(first.Select(BitConverter.DoubleToInt64Bits), All(grid).Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void SetReal_NaNInjection_IsRejectedNamingTheBus()
    {
        using var grid = Started(BuiltInFeeders.BaranWu33);

        var ex = Assert.Throws<Core.Errors.ValidationException>(() => Write(grid, N.Bus(18, N.PKw), double.NaN));
        Assert.Contains("bus_18.p_kw", ex.Message, StringComparison.Ordinal);
    }

    private static PowerFlowComponent Started(string feeder)
    {
        var grid = new PowerFlowComponent("grid", BuiltInFeeders.Load(feeder));
        grid.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        grid.EnterInitialization();
        grid.ExitInitialization();
        return grid;
    }

    private static double[] All(ICoSimComponent c)
    {
        var refs = c.Description.Variables.Select(v => v.Reference).ToArray();
        var values = new double[refs.Length];
        c.GetReal(refs, values);
        return values;
    }

    private static double Read(ICoSimComponent c, string name)
    {
        var values = new double[1];
        c.GetReal([c.Description.GetVariable(name).Reference], values);
        return values[0];
    }

    private static void Write(ICoSimComponent c, string name, double value) =>
        c.SetReal([c.Description.GetVariable(name).Reference], [value]);
}
