using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Grid.PowerFlow;

namespace EnergyCoSim.Grid.Tests.PowerFlow;

/// <summary>One test per pitfall of the power-flow notes (section 5), plus the error paths.</summary>
public class PitfallTests
{
    [Fact]
    public void Solve_Ieee34FlatStart_FailsButAutoStartConvergesFromNoLoad()
    {
        var feeder = BuiltInFeeders.Load(BuiltInFeeders.Ieee34);

        var flat = new NewtonRaphsonSolver(new PowerFlowOptions(initialPoint: InitialPoint.Flat)).Solve(feeder);
        var auto = new NewtonRaphsonSolver().Solve(feeder);

        Assert.False(flat.Converged);
        Assert.Contains(flat.Diagnostics, d => d.Code == "not-converged");
        Assert.True(auto.Converged);
        Assert.Equal(InitialPoint.NoLoad, auto.InitialPointUsed);
        Assert.True(auto.Iterations <= 6);
        Assert.All(flat.Buses, b => Assert.True(double.IsFinite(b.VmPu) && double.IsFinite(b.VaDeg)));
    }

    [Fact]
    public void Solve_PhaseShifterFromLowVoltageSide_MatchesClosedForm()
    {
        // From bus 1 (10 kV, slack 1∠0) through a lossless 10/110 kV phase shifter (x = 0.1, shift 30°, tap 1)
        // to PV bus 2 held at 1 p.u. drawing 50 MW: P = sin(θ1 − φ − θ2)/x ⇒ θ2 = −30° − asin(0.05).
        var grid = TestCases.TwoBus(new Branch(1, 2, 0, 0.1, ShiftDeg: 30), gen2: new Generator(2, -50, VSetPu: 1.0), type2: BusType.PV, kv1: 10, kv2: 110);

        var ac = new NewtonRaphsonSolver().Solve(grid);
        var dc = new DcPowerFlowSolver().Solve(grid);

        Assert.True(ac.Converged);
        Assert.Equal(-30 - (Math.Asin(0.05) * 180 / Math.PI), ac.Bus(2).VaDeg, 1e-7);
        Assert.Equal(50, ac.Branches[0].PFromMw, 1e-6);
        Assert.Equal(-50, ac.Branches[0].PToMw, 1e-6);
        Assert.Equal(-30 - (0.05 * 180 / Math.PI), dc.Bus(2).VaDeg, 1e-9);
    }

    [Fact]
    public void Solve_OffNominalTapNoLoad_ToVoltageIsFromVoltageOverTap()
    {
        // MATPOWER convention: ideal transformer 1:tap... at the from end, V_to = V_from / tap at no load.
        var grid = TestCases.TwoBus(new Branch(1, 2, 0.01, 0.05, Tap: 0.95));

        var result = new NewtonRaphsonSolver().Solve(grid);

        Assert.Equal(1 / 0.95, result.Bus(2).VmPu, 1e-9);
    }

    [Fact]
    public void Solve_ClosedSwitch_MergesBusesInsteadOfTinyImpedance()
    {
        var merged = new GridCase("switch", 10,
            [new Bus(1, BusType.Slack, 10), new Bus(2, BusType.PQ, 10), new Bus(3, BusType.PQ, 10)],
            [new Branch(1, 2, 0.01, 0.02)], [new Generator(1, 0)], [new Load(3, 1, 0.5)],
            [new BusSwitch(2, 3, Closed: true)]);
        var single = new GridCase("single", 10,
            [new Bus(1, BusType.Slack, 10), new Bus(2, BusType.PQ, 10)],
            [new Branch(1, 2, 0.01, 0.02)], [new Generator(1, 0)], [new Load(2, 1, 0.5)]);

        var a = new NewtonRaphsonSolver().Solve(merged);
        var b = new NewtonRaphsonSolver().Solve(single);

        Assert.True(a.Converged);
        Assert.Equal(b.Bus(2).VmPu, a.Bus(3).VmPu, 1e-12);
        Assert.Equal(a.Bus(2).VmPu, a.Bus(3).VmPu);
        Assert.Equal(b.TotalLossMw, a.TotalLossMw, 1e-12);
    }

    [Fact]
    public void Solve_OpenSwitch_LeavesIslandDeEnergisedWithDiagnosis()
    {
        var grid = new GridCase("open", 10,
            [new Bus(1, BusType.Slack, 10), new Bus(2, BusType.PQ, 10), new Bus(3, BusType.PQ, 10), new Bus(4, BusType.PQ, 10), new Bus(5, BusType.PQ, 10)],
            [new Branch(1, 2, 0.01, 0.02), new Branch(3, 4, 0.01, 0.02)], [new Generator(1, 0)], [new Load(2, 1, 0.5), new Load(4, 0.2, 0.1)],
            [new BusSwitch(2, 3, Closed: false)]);

        var result = new NewtonRaphsonSolver().Solve(grid);

        Assert.True(result.Converged);
        Assert.Contains(result.Diagnostics, d => d.Code == "island-without-slack" && d.Message.Contains("3, 4") && d.Message.Contains("not served"));
        Assert.Contains(result.Diagnostics, d => d.Code == "isolated-bus" && d.Message.Contains('5'));
        Assert.False(result.Bus(4).Energised);
        Assert.Equal(0, result.Bus(4).VmPu);
        Assert.False(result.Branches[1].InService);
    }

    [Fact]
    public void Solve_TwoIslandsEachWithSlack_SolvesBoth()
    {
        var grid = new GridCase("two-slacks", 10,
            [new Bus(1, BusType.Slack, 10, VmPu: 1.02), new Bus(2, BusType.PQ, 10), new Bus(3, BusType.Slack, 0.4, VmPu: 1.0, VaDeg: -150), new Bus(4, BusType.PQ, 0.4)],
            [new Branch(1, 2, 0.01, 0.02), new Branch(3, 4, 0.02, 0.01)], [new Generator(1, 0, VSetPu: 1.02), new Generator(3, 0)],
            [new Load(2, 1, 0.5), new Load(4, 0.1, 0.05)]);

        var nr = new NewtonRaphsonSolver().Solve(grid);
        var bfs = new BackwardForwardSweepSolver().Solve(grid);

        Assert.True(nr.Converged);
        Assert.True(bfs.Converged);
        Assert.Equal(nr.Bus(4).VmPu, bfs.Bus(4).VmPu, 1e-8);
        Assert.InRange(nr.Bus(4).VaDeg, -151, -150);
    }

    [Fact]
    public void Solve_ZeroImpedanceBranch_ReportsInvalidNetworkWithoutThrowing()
    {
        var grid = TestCases.TwoBus(new Branch(1, 2, 0, 0), new Load(2, 1, 0));

        var result = new NewtonRaphsonSolver().Solve(grid);

        Assert.Equal(PowerFlowStatus.InvalidNetwork, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Code == "zero-impedance-branch" && d.Severity == DiagnosticSeverity.Error);
        Assert.All(result.Buses, b => Assert.True(double.IsFinite(b.VmPu)));
    }

    [Fact]
    public void Solve_LoadBeyondCollapse_ReportsNonConvergenceWithFiniteValues()
    {
        var grid = TestCases.TwoBus(new Branch(1, 2, 0.05, 0.1), new Load(2, 2000, 1000));

        var result = new NewtonRaphsonSolver().Solve(grid);

        Assert.False(result.Converged);
        Assert.Contains(result.Diagnostics, d => d.Code == "not-converged");
        Assert.True(double.IsFinite(result.MismatchNorm) && double.IsFinite(result.TotalLossMw));
        Assert.All(result.Buses, b => Assert.True(double.IsFinite(b.VmPu) && double.IsFinite(b.VaDeg)));
    }

    [Fact]
    public void Solve_PvBus_HoldsSetPointBecauseQLimitsAreNotEnforced()
    {
        // Q limits are off by default in every reference tool; the PV bus keeps its set point whatever Q it needs.
        var grid = TestCases.TwoBus(new Branch(1, 2, 0.01, 0.3), new Load(2, 0, 60), new Generator(2, 0, VSetPu: 1.05, QMaxMvar: 10, QMinMvar: -10), BusType.PV);

        var result = new NewtonRaphsonSolver().Solve(grid);

        Assert.True(result.Converged);
        Assert.Equal(1.05, result.Bus(2).VmPu, 1e-12);
    }

    [Fact]
    public void Solve_QLimitsEnforcedOnIeee30_SwitchesBus2ToPqAtItsLimitAndReportsIt()
    {
        var options = new PowerFlowOptions(enforceQLimits: true);

        var result = new NewtonRaphsonSolver(options).Solve(TestCases.Load("case-ieee30.json"));

        Assert.True(result.Converged);
        Assert.Contains(result.Diagnostics, d => d.Code == "pv-to-pq" && d.Message.StartsWith("bus 2:") && d.Message.Contains("upper limit 50"));
        Assert.Equal(50 - 12.7, result.Bus(2).QMvar, 1e-6); // generator held at 50 MVAr, load 12.7 MVAr at bus 2
        Assert.True(result.Bus(2).VmPu < 1.045);
    }

    [Fact]
    public void Solve_ConstantImpedanceLoad_EqualsBusShunt()
    {
        var zip = TestCases.TwoBus(new Branch(1, 2, 0.02, 0.06), new Load(2, 40, 20, ImpedanceFraction: 1));
        var shunt = new GridCase("shunt", 100, [new Bus(1, BusType.Slack, 10), new Bus(2, BusType.PQ, 10, ShuntGMw: 40, ShuntBMvar: -20)],
            [new Branch(1, 2, 0.02, 0.06)], [new Generator(1, 0)], []);

        var a = new NewtonRaphsonSolver().Solve(zip);
        var b = new NewtonRaphsonSolver().Solve(shunt);

        Assert.True(a.Converged);
        Assert.Equal(b.Bus(2).VmPu, a.Bus(2).VmPu, 1e-10);
        Assert.Equal(b.Bus(2).VaDeg, a.Bus(2).VaDeg, 1e-8);
        Assert.True(a.Iterations <= 5);
    }

    [Fact]
    public void Solve_CancelledToken_ReportsCancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var result = new NewtonRaphsonSolver().Solve(BuiltInFeeders.Load(BuiltInFeeders.BaranWu33), cts.Token);

        Assert.Equal(PowerFlowStatus.Cancelled, result.Status);
    }
}
