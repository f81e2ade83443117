using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Simulation.Sources;

namespace EnergyCoSim.Simulation.Tests.Sources;

public sealed class CsvProfileComponentTests
{
    private static readonly CsvProfileTable Table = CsvProfileTable.Parse("time_s,pv,load\n0,0,4\n900,10,6\n2700,30,2\n", "test.csv");

    [Theory]
    [InlineData(0, 0, 4)]
    [InlineData(450, 0, 4)]
    [InlineData(900, 10, 6)]
    [InlineData(1800, 10, 6)]
    [InlineData(9000, 30, 2)]
    public void ValueAt_Hold_LastRowAtOrBeforeHolds(double seconds, double pv, double load)
    {
        var c = CsvProfileComponent.Create("p", Table, "time_s", null, "kW", ProfileInterpolation.Hold);

        Assert.Equal(pv, c.ValueAt(0, seconds));
        Assert.Equal(load, c.ValueAt(1, seconds));
    }

    [Theory]
    [InlineData(450, 5, 5)]      // halfway 0–900 s: (0 + 10)/2, (4 + 6)/2
    [InlineData(1800, 20, 4)]    // halfway 900–2700 s: (10 + 30)/2, (6 + 2)/2
    [InlineData(2250, 25, 3)]    // three quarters: 10 + 0.75·20, 6 − 0.75·4
    [InlineData(9000, 30, 2)]    // after the last row it holds
    public void ValueAt_Linear_InterpolatesBetweenRows(double seconds, double pv, double load)
    {
        var c = CsvProfileComponent.Create("p", Table, "time_s", null, "kW", ProfileInterpolation.Linear);

        Assert.Equal(pv, c.ValueAt(0, seconds), 12);
        Assert.Equal(load, c.ValueAt(1, seconds), 12);
    }

    [Fact]
    public async Task StepAsync_FromTime_OutputsTheValueAtTheStepStart()
    {
        using var c = CsvProfileComponent.Create("p", Table, "time_s", ["load"], "kW", ProfileInterpolation.Linear);
        c.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        c.EnterInitialization();
        c.ExitInitialization();
        var v = new double[1];

        c.GetReal([0], v);
        Assert.Equal(4, v[0]);
        await c.StepAsync(new SimulationTime(2250), new SimulationDuration(900), default);
        c.GetReal([0], v);

        Assert.Equal("load", c.Description.Variables.Single().Name);
        Assert.Equal("kW", c.Description.Variables.Single().Unit);
        Assert.Equal(3, v[0], 12); // 6 − 0.75·4
    }

    [Fact]
    public void Create_BadColumnsAndTimes_ListsEveryProblem()
    {
        var table = CsvProfileTable.Parse("t,pv\n60,1\n30,2\n", "bad.csv");

        var ex = Assert.Throws<ValidationException>(() => CsvProfileComponent.Create("p", table, "time_s", ["pv", "wind"], "", ProfileInterpolation.Hold, "cosim.profiles[0]"));

        Assert.Contains(ex.Violations, v => v.Field == "cosim.profiles[0].time_column" && v.Value == "time_s");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.profiles[0].columns[1]" && v.Value == "wind");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.profiles[0].unit");
    }

    [Fact]
    public void Create_TimesNotIncreasingOrNotFromZero_NamesTheRow()
    {
        var table = CsvProfileTable.Parse("time_s,pv\n60,1\n30,2\n", "bad.csv");

        var ex = Assert.Throws<ValidationException>(() => CsvProfileComponent.Create("p", table, "time_s", null, "kW", ProfileInterpolation.Hold));

        Assert.Contains(ex.Violations, v => v.Field == "bad.csv: column 'time_s', row 1" && v.Value == "60");
        Assert.Contains(ex.Violations, v => v.Field == "bad.csv: column 'time_s', row 2" && v.Value == "30");
    }
}
