using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Grid.PowerFlow;

namespace EnergyCoSim.Grid.Tests.PowerFlow;

public class SweepAndDcTests
{
    [Theory]
    [InlineData(BuiltInFeeders.BaranWu33)]
    [InlineData(BuiltInFeeders.Ieee13)]
    [InlineData(BuiltInFeeders.Ieee34)]
    [InlineData(BuiltInFeeders.LvResidential)]
    public void Solve_RadialFeeder_SweepAgreesWithNewtonTo1e8(string feeder)
    {
        var grid = BuiltInFeeders.Load(feeder);
        var tight = new PowerFlowOptions(tolerance: 1e-11, maxIterations: 500);

        var nr = new NewtonRaphsonSolver(tight).Solve(grid);
        var bfs = new BackwardForwardSweepSolver(tight).Solve(grid);

        Assert.True(nr.Converged);
        Assert.True(bfs.Converged);
        for (var i = 0; i < grid.Buses.Count; i++)
        {
            Assert.Equal(nr.Buses[i].VmPu, bfs.Buses[i].VmPu, 1e-8);
            Assert.Equal(nr.Buses[i].VaDeg * Math.PI / 180, bfs.Buses[i].VaDeg * Math.PI / 180, 1e-8);
        }

        Assert.Equal(nr.TotalLossMw, bfs.TotalLossMw, 1e-9);
    }

    [Fact]
    public void Solve_PhaseShifterAndReversedBranches_SweepAgreesWithNewton()
    {
        // Slack on the 10 kV side of a tapped phase shifter; the 110 kV line and a second transformer are entered
        // to-from (child on the tap side) so the sweep must use both two-port orientations.
        var grid = new GridCase("shifter-radial", 100,
            [new Bus(1, BusType.Slack, 10), new Bus(2, BusType.PQ, 110), new Bus(3, BusType.PQ, 110), new Bus(4, BusType.PQ, 20, ShuntBMvar: 5)],
            [new Branch(1, 2, 0.002, 0.05, Tap: 0.97, ShiftDeg: 30), new Branch(3, 2, 0.01, 0.08, BPu: 0.05), new Branch(4, 3, 0.005, 0.06, Tap: 1.02, ShiftDeg: -5)],
            [new Generator(1, 0)], [new Load(3, 30, 10), new Load(4, 20, 8, CurrentFraction: 0.5)]);
        var tight = new PowerFlowOptions(tolerance: 1e-11, maxIterations: 500);

        var nr = new NewtonRaphsonSolver(tight).Solve(grid);
        var bfs = new BackwardForwardSweepSolver(tight).Solve(grid);

        Assert.True(nr.Converged);
        Assert.True(bfs.Converged);
        foreach (var id in new[] { 2, 3, 4 })
        {
            Assert.Equal(nr.Bus(id).VmPu, bfs.Bus(id).VmPu, 1e-9);
            Assert.Equal(nr.Bus(id).VaDeg, bfs.Bus(id).VaDeg, 1e-7);
        }

        Assert.InRange(nr.Bus(2).VaDeg, -32, -29);
    }

    [Fact]
    public void Solve_MeshedNetwork_SweepReportsNotApplicable()
    {
        var grid = TestCases.Load("case14.json");

        var result = new BackwardForwardSweepSolver().Solve(grid);

        Assert.Equal(PowerFlowStatus.NotApplicable, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Code == "sweep-not-applicable");
    }

    [Fact]
    public void Solve_SweepBeyondCollapse_ReportsNotConvergedWithFiniteValues()
    {
        var grid = TestCases.TwoBus(new Branch(1, 2, 0.05, 0.1), new Load(2, 2000, 1000));

        var result = new BackwardForwardSweepSolver(new PowerFlowOptions(maxIterations: 50)).Solve(grid);

        Assert.False(result.Converged);
        Assert.Contains(result.Diagnostics, d => d.Code == "not-converged");
        Assert.All(result.Buses, b => Assert.True(double.IsFinite(b.VmPu) && double.IsFinite(b.VaDeg)));
    }

    [Fact]
    public void Solve_ThreeBusDc_MatchesHandComputation()
    {
        // B' = [[15,-10,-5],[-10,14,-4],[-5,-4,9]]; loads 1.0 and 0.5 p.u. at buses 2 and 3 (100 MVA base).
        // Reduced system [[14,-4],[-4,9]]·θ = [-1,-0.5] ⇒ θ2 = θ3 = -0.1 rad; P12 = 1.0, P13 = 0.5, P23 = 0 p.u.
        var grid = new GridCase("dc3", 100,
            [new Bus(1, BusType.Slack, 110), new Bus(2, BusType.PQ, 110), new Bus(3, BusType.PQ, 110)],
            [new Branch(1, 2, 0.01, 0.1), new Branch(1, 3, 0.01, 0.2), new Branch(2, 3, 0.01, 0.25)],
            [new Generator(1, 0)], [new Load(2, 100, 30), new Load(3, 50, 10)]);

        var result = new DcPowerFlowSolver().Solve(grid);

        Assert.True(result.Converged);
        Assert.Equal(-0.1 * 180 / Math.PI, result.Bus(2).VaDeg, 1e-9);
        Assert.Equal(-0.1 * 180 / Math.PI, result.Bus(3).VaDeg, 1e-9);
        Assert.Equal(100, result.Branches[0].PFromMw, 1e-9);
        Assert.Equal(50, result.Branches[1].PFromMw, 1e-9);
        Assert.Equal(0, result.Branches[2].PFromMw, 1e-9);
        Assert.Equal(150, result.SlackPMw, 1e-9);
        Assert.Equal(0, result.TotalLossMw, 1e-12);
    }
}
