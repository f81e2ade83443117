using EnergyCoSim.Core.Errors;
using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Grid.PowerFlow;

namespace EnergyCoSim.Grid.Tests.Feeders;

public class BuiltInFeedersTests
{
    [Theory]
    [InlineData(BuiltInFeeders.Ieee13, 14, 9)]
    [InlineData(BuiltInFeeders.Ieee34, 34, 27)]
    [InlineData(BuiltInFeeders.BaranWu33, 33, 32)]
    [InlineData(BuiltInFeeders.LvResidential, 1233, 1188)]
    public void Load_BuiltIn_HasProvenanceAgentBusesAndConverges(string name, int buses, int loadBuses)
    {
        var grid = BuiltInFeeders.Load(name);

        Assert.Equal(buses, grid.Buses.Count);
        Assert.Equal(loadBuses, grid.LoadBusIds.Count);
        Assert.False(string.IsNullOrWhiteSpace(grid.Source));
        Assert.True(new NewtonRaphsonSolver().Solve(grid).Converged);
    }

    [Fact]
    public void Load_Ieee13_MergesClosedSwitchAndStaysInPlausibleRange()
    {
        // Balanced approximation: the published per-phase voltages at 671/692 lie in 0.98-1.05 p.u.
        var result = new NewtonRaphsonSolver().Solve(BuiltInFeeders.Load(BuiltInFeeders.Ieee13));

        Assert.Equal(result.Bus(671).VmPu, result.Bus(692).VmPu);
        Assert.InRange(result.Bus(671).VmPu, 0.98, 1.05);
    }

    [Fact]
    public void Load_Ieee34_LowVoltageBranchIsOnItsOwnKvBase()
    {
        // 888-890 is a 2-mile 4.16 kV line behind the 500 kVA transformer carrying 450 kW: several % of drop.
        var grid = BuiltInFeeders.Load(BuiltInFeeders.Ieee34);
        var result = new NewtonRaphsonSolver().Solve(grid);

        Assert.Equal(4.16, grid.Buses.Single(b => b.Id == 888).BaseKv);
        Assert.Equal(4.16, grid.Buses.Single(b => b.Id == 890).BaseKv);
        Assert.InRange(result.Bus(888).VmPu - result.Bus(890).VmPu, 0.05, 0.10);
        Assert.Equal(890, result.MinVmBusId);
    }

    [Fact]
    public void Load_UnknownName_ThrowsNotFound()
    {
        Assert.Throws<NotFoundException>(() => BuiltInFeeders.Load("ieee9999"));
    }
}
