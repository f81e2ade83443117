using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Simulation.Sources;

namespace EnergyCoSim.Simulation.Tests.Sources;

public sealed class GeneratedProfileComponentTests
{
    [Fact]
    public void Create_SolarOnQuarterHours_IsTheAgentsGeneratorInKw()
    {
        // The agents' solar generator gives kWh per interval; over 15-minute intervals the power is 4 × that.
        var kwh = new SolarGenerationSource().Generate(96, 40, new RandomStreams(3).For("x"));

        var c = GeneratedProfileComponent.Create("sun", GeneratedProfileKind.Solar, 96, TimeSpan.FromMinutes(15), new RandomStreams(3).For("x"), capacityKw: 40);

        Assert.Equal(kwh.Select(v => v * 4), c.ValuesKw);
        Assert.Contains(c.ValuesKw, v => v > 0);
    }

    [Fact]
    public async Task StepAsync_Random_SameSeedSameValuesWithinRange()
    {
        using var a = GeneratedProfileComponent.Create("r", GeneratedProfileKind.Random, 10, TimeSpan.FromHours(1), new RandomStreams(9).For("r"), minKw: 2, maxKw: 3);
        using var b = GeneratedProfileComponent.Create("r", GeneratedProfileKind.Random, 10, TimeSpan.FromHours(1), new RandomStreams(9).For("r"), minKw: 2, maxKw: 3);
        a.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        a.EnterInitialization();
        a.ExitInitialization();

        await a.StepAsync(new SimulationTime(7200), new SimulationDuration(3600), default);
        var v = new double[1];
        a.GetReal([0], v);

        Assert.Equal(b.ValuesKw, a.ValuesKw);
        Assert.All(a.ValuesKw, x => Assert.InRange(x, 2, 3));
        Assert.Equal(a.ValuesKw[2], v[0]);
    }

    [Fact]
    public void Create_BadSettings_ListsEveryProblem()
    {
        var ex = Assert.Throws<ValidationException>(() =>
            GeneratedProfileComponent.Create("r", GeneratedProfileKind.Random, 0, TimeSpan.Zero, new RandomStreams(1).For("r"), minKw: 5, maxKw: 1, scope: "cosim.profiles[2]"));

        Assert.Contains(ex.Violations, v => v.Field == "cosim.profiles[2].steps");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.profiles[2].interval");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.profiles[2].max_kw" && v.Value == "1");
    }
}
