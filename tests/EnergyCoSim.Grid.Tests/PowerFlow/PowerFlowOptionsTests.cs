using EnergyCoSim.Core.Errors;
using EnergyCoSim.Grid.PowerFlow;

namespace EnergyCoSim.Grid.Tests.PowerFlow;

public class PowerFlowOptionsTests
{
    [Fact]
    public void Constructor_InvalidValues_ReportsEveryViolation()
    {
        var ex = Assert.Throws<ValidationException>(() => new PowerFlowOptions(tolerance: 0, maxIterations: 0));

        Assert.Contains(ex.Violations, v => v.Field == "tolerance");
        Assert.Contains(ex.Violations, v => v.Field == "maxIterations");
    }

    [Fact]
    public void Default_MatchesReferenceTools()
    {
        Assert.Equal(1e-8, PowerFlowOptions.Default.Tolerance);
        Assert.Equal(InitialPoint.Auto, PowerFlowOptions.Default.InitialPoint);
    }
}
