using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Simulation.Coupling;
using M = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Simulation.Tests.Coupling;

/// <summary>
/// Hand-computed control steps on a 3-bus line 1 (slack) — 2 — 3, base 1 MVA (1 kW = 0.001 pu), R12 = 0.01 pu,
/// R23 = 0.02 pu, branch 2–3 rated 100 kVA; agent "a" on bus 3 (shared R with bus 3: 0.03), "b" on bus 2 (0.01).
/// </summary>
public sealed class GridOperatorComponentTests
{
    [Fact]
    public async Task StepAsync_OvervoltageAtTheLineEnd_CutsTheMostSensitiveAgentByTheLinearisedExcess()
    {
        using var dso = Started();
        Set(dso, v2: 1.03, v3: 1.0505, pa: 100, pb: 100);

        await Step(dso);

        // ΔV = 1.0505 − (1.05 − 0.002) = 0.0025 pu; agent a relieves 0.03 pu per pu → 83.33 kW cut, b untouched.
        Assert.Equal(100 - (0.0025 / 0.03 * 1000), Read(dso, M.Agent("a", M.ExportLimitKw)), 9);
        Assert.Equal(M.Unlimited, Read(dso, M.Agent("b", M.ExportLimitKw)));
        Assert.Equal(1, Read(dso, GridOperatorVariableNames.Violations));
    }

    [Fact]
    public async Task StepAsync_FeasibleInsideTheDeadBand_ReturnsTheAppliedLimitsUnchanged()
    {
        using var dso = Started();
        Set(dso, v2: 1.03, v3: 1.045, pa: 16.5, pb: 100, appliedA: 16.666666666666668);

        await Step(dso);

        // The fixed point of the iterative coupling: nothing to tighten, nothing to relax.
        Assert.Equal(16.666666666666668, Read(dso, M.Agent("a", M.ExportLimitKw)));
        Assert.Equal(0, Read(dso, GridOperatorVariableNames.Violations));
    }

    [Fact]
    public async Task StepAsync_HeadroomBelowTheDeadBand_RelaxesTowardsItsMiddle()
    {
        using var dso = Started();
        Set(dso, v2: 1.01, v3: 1.02, pa: 16, pb: 10, appliedA: 20);

        await Step(dso);

        // Target 1.05 − (0.002 + 0.01)/2 = 1.044: 0.024 pu of headroom / 0.03 → +800 kW for the one limited agent.
        Assert.Equal(820, Read(dso, M.Agent("a", M.ExportLimitKw)), 9);
    }

    [Fact]
    public async Task StepAsync_OverloadedBranch_CutsTheDownstreamExporterByTheExcess()
    {
        using var dso = Started();
        Set(dso, v2: 1.0, v3: 1.0, pa: 100, pb: 100, loading23: 150);

        await Step(dso);

        // Excess over (100 − 1) % of 100 kVA = 51 kW, all from agent a (the only one below the branch).
        Assert.Equal(49, Read(dso, M.Agent("a", M.ExportLimitKw)), 9);
        Assert.Equal(M.Unlimited, Read(dso, M.Agent("b", M.ExportLimitKw)));
    }

    [Fact]
    public void Constructor_AgentOnAnUnknownBus_NamesTheBus()
    {
        var ex = Assert.Throws<Core.Errors.NotFoundException>(() => new GridOperatorComponent("dso", Line(), [new("a", 7)]));
        Assert.Contains("7", ex.Message, StringComparison.Ordinal);
    }

    private static GridCase Line() => new(
        "line3",
        1,
        [new Bus(1, BusType.Slack, 0.4), new Bus(2, BusType.PQ, 0.4), new Bus(3, BusType.PQ, 0.4)],
        [new Branch(1, 2, 0.01, 0.01), new Branch(2, 3, 0.02, 0.02, RateMva: 0.1)],
        [new Generator(1, 0)],
        []);

    private static GridOperatorComponent Started()
    {
        var dso = new GridOperatorComponent("dso", Line(), [new("a", 3), new("b", 2)]);
        dso.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        dso.EnterInitialization();
        dso.ExitInitialization();
        return dso;
    }

    private static void Set(ICoSimComponent c, double v2, double v3, double pa, double pb, double appliedA = M.Unlimited, double loading23 = 0)
    {
        (string Name, double Value)[] values =
        [
            ("bus_1.v_pu", 1.0), ("bus_2.v_pu", v2), ("bus_3.v_pu", v3), ("branch_2_3.loading_pct", loading23),
            (M.Agent("a", M.PKw), pa), (M.Agent("b", M.PKw), pb), (M.Agent("a", M.AppliedExportLimitKw), appliedA),
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
