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

    [Fact]
    public async Task StepAsync_BaranWuOptimalReconfiguration_GivesThePublishedLosses()
    {
        // Shirmohammadi & Hong (1989) / Goswami & Basu (1992): opening 7-8, 9-10, 14-15, 32-33 and keeping tie 25-29
        // open (ties 21-8, 9-15, 12-22, 18-33 closed) brings the losses from 202.7 kW to 139.55 kW, V_min 0.9378 p.u. at bus 32.
        using var grid = Started(BuiltInFeeders.BaranWu33);
        foreach (var open in new[] { "branch_7_8", "branch_9_10", "branch_14_15", "branch_32_33" })
        {
            Write(grid, open + "." + N.InService, 0);
        }

        foreach (var tie in new[] { "branch_21_8", "branch_9_15", "branch_12_22", "branch_18_33" })
        {
            Write(grid, tie + "." + N.InService, 1);
        }

        await grid.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), default);

        Assert.Equal(1, Read(grid, N.Converged));
        Assert.Equal(139.55, Read(grid, N.LossesKw), 0.1);
        Assert.Equal(0.9378, Read(grid, N.VMinPu), 0.0005);
        Assert.Equal(0.9378, Read(grid, N.Bus(32, N.VPu)), 0.0005);
        Assert.Equal(0, Read(grid, "branch_7_8." + N.LoadingPct));
    }

    [Fact]
    public async Task StepAsync_LastBranchOutOfService_DeEnergisesItsBusAndRestoringItGivesThePublishedCase()
    {
        using var grid = Started(BuiltInFeeders.BaranWu33);
        var saved = grid.SaveState();
        Write(grid, "branch_17_18." + N.InService, 0);
        await grid.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), default);

        // Bus 18's 90 kW + j40 kvar load is cut off: the bus is dark and the losses fall.
        Assert.Equal(1, Read(grid, N.Converged));
        Assert.Equal(0, Read(grid, N.Bus(18, N.VPu)));
        Assert.True(Read(grid, N.LossesKw) < 202.6);

        grid.RestoreState(saved);
        await grid.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), default);
        Assert.Equal(202.677, Read(grid, N.LossesKw), 2);
        Assert.Equal(0.91309, Read(grid, N.Bus(18, N.VPu)), 4);
    }

    [Fact]
    public void SetReal_InServiceOtherThanZeroOrOne_IsRejectedNamingTheBranch()
    {
        using var grid = Started(BuiltInFeeders.BaranWu33);

        var ex = Assert.Throws<Core.Errors.ValidationException>(() => Write(grid, "branch_17_18." + N.InService, 0.5));
        Assert.Contains("branch_17_18.in_service", ex.Message, StringComparison.Ordinal);
        Assert.Contains("must be 0", ex.Message, StringComparison.Ordinal);
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
