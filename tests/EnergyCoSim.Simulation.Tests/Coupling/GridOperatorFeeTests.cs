using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Simulation.Coupling;
using M = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Simulation.Tests.Coupling;

/// <summary>
/// Network-fee adjustment of the DSO on the 3-bus line of <see cref="GridOperatorComponentTests"/> (agent a at the
/// line end, b in the middle), fee step 10 USD/MWh, cap 25 USD/MWh.
/// </summary>
public sealed class GridOperatorFeeTests
{
    [Fact]
    public async Task StepAsync_Overvoltage_RaisesTheFeeOfTheCutAgentOnly()
    {
        using var dso = Started();
        Set(dso, v3: 1.0505, feeA: 0);

        await Step(dso);

        Assert.Equal(10, Read(dso, M.Agent("a", M.NetworkFeeUsdPerMWh)));
        Assert.Equal(0, Read(dso, M.Agent("b", M.NetworkFeeUsdPerMWh)));
    }

    [Fact]
    public async Task StepAsync_ViolationPersists_FeeRisesByStepsUpToTheCap()
    {
        using var dso = Started();
        Set(dso, v3: 1.0505, feeA: 20);

        await Step(dso);

        Assert.Equal(25, Read(dso, M.Agent("a", M.NetworkFeeUsdPerMWh)));
    }

    [Fact]
    public async Task StepAsync_FeasibleButOutsideTheDeadBand_KeepsTheAppliedFee()
    {
        using var dso = Started();
        Set(dso, v3: 1.045, feeA: 20, pa: 16.5, appliedA: 16.666666666666668);

        await Step(dso);

        Assert.Equal(20, Read(dso, M.Agent("a", M.NetworkFeeUsdPerMWh)));
    }

    [Fact]
    public async Task StepAsync_InsideTheDeadBand_FeeComesDownOneStep()
    {
        using var dso = Started();
        Set(dso, v3: 1.02, feeA: 15, pa: 16, appliedA: 20);

        await Step(dso);

        Assert.Equal(5, Read(dso, M.Agent("a", M.NetworkFeeUsdPerMWh)));
    }

    [Fact]
    public void Options_NegativeStepOrCapBelowStep_ListsBoth()
    {
        var ex = Assert.Throws<ValidationException>(() => new GridOperatorOptions(feeStepUsdPerMWh: -1, maxFeeUsdPerMWh: -2));
        Assert.Contains(ex.Violations, v => v.Field == "grid_operator.feeStepUsdPerMWh");
        Assert.Contains(ex.Violations, v => v.Field == "grid_operator.maxFeeUsdPerMWh");
        Assert.Throws<ValidationException>(() => new GridOperatorOptions(feeStepUsdPerMWh: 10, maxFeeUsdPerMWh: 5));
    }

    private static GridOperatorComponent Started()
    {
        var line = new GridCase(
            "line3",
            1,
            [new Bus(1, BusType.Slack, 0.4), new Bus(2, BusType.PQ, 0.4), new Bus(3, BusType.PQ, 0.4)],
            [new Branch(1, 2, 0.01, 0.01), new Branch(2, 3, 0.02, 0.02, RateMva: 0.1)],
            [new Generator(1, 0)],
            []);
        var dso = new GridOperatorComponent("dso", line, [new("a", 3), new("b", 2)], new GridOperatorOptions(feeStepUsdPerMWh: 10, maxFeeUsdPerMWh: 25));
        dso.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        dso.EnterInitialization();
        dso.ExitInitialization();
        return dso;
    }

    private static void Set(ICoSimComponent c, double v3, double feeA, double pa = 100, double appliedA = M.Unlimited)
    {
        (string Name, double Value)[] values =
        [
            ("bus_1.v_pu", 1.0), ("bus_2.v_pu", 1.01), ("bus_3.v_pu", v3),
            (M.Agent("a", M.PKw), pa), (M.Agent("b", M.PKw), 10), (M.Agent("a", M.AppliedExportLimitKw), appliedA),
            (M.Agent("a", M.AppliedNetworkFeeUsdPerMWh), feeA),
        ];
        foreach (var (name, value) in values)
        {
            c.SetReal([c.Description.GetVariable(name).Reference], [value]);
        }
    }

    private static ValueTask<StepResult> Step(ICoSimComponent c) => c.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), default);

    private static double Read(ICoSimComponent c, string name)
    {
        var values = new double[1];
        c.GetReal([c.Description.GetVariable(name).Reference], values);
        return values[0];
    }
}
