using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Core.Tests.Validation;

public sealed class ViolationCollectorTests
{
    [Fact]
    public void ThrowIfAny_SeveralProblems_ReportsAllWithPaths()
    {
        var root = new ViolationCollector();
        var battery = root.Scope("agents", 3).Scope("battery");
        battery.InRange("min_soc", 1.2, 0, 1);
        battery.GreaterThan("capacity_kwh", 0, 0);
        root.NotEmpty("name", " ");

        var ex = Assert.Throws<ValidationException>(() => root.ThrowIfAny("scenario"));

        Assert.Equal(3, ex.Violations.Count);
        Assert.Equal("agents[3].battery.min_soc: 1.2 is outside [0, 1]", ex.Violations[0].ToString());
        Assert.Equal("agents[3].battery.capacity_kwh", ex.Violations[1].Field);
        Assert.Contains("3 problems", ex.Message);
        Assert.Equal(ErrorCode.Validation, ex.Code);
    }

    [Fact]
    public void InRange_NaN_IsRejectedAsNotFinite()
    {
        var c = new ViolationCollector();
        Assert.False(c.InRange("price", double.NaN, 0, 1));
        Assert.Equal("price: NaN must be a finite number", c.Violations.Single().ToString());
    }

    [Fact]
    public void ThrowIfAny_NoProblems_DoesNotThrow() => new ViolationCollector().ThrowIfAny();
}
