using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Agents.Tests.Profiles;

public sealed class ProfileGeneratorTests
{
    [Fact]
    public void Solar_24Steps_ZeroAtNightNonNegativePeakNearNoon()
    {
        var g = new SolarGenerationSource().Generate(24, 60, new RandomStream(42));

        // Raw values are 0 outside 6–18 h; smoothing (window 3) reaches one step further on each side.
        Assert.All(g[..5], v => Assert.Equal(0.0, v));
        Assert.All(g[20..], v => Assert.Equal(0.0, v));
        Assert.All(g, v => Assert.True(v >= 0));
        Assert.InRange(Array.IndexOf(g, g.Max()), 9, 15);
        Assert.True(g.Max() <= 60 * 1.4);
    }

    [Fact]
    public void Solar_SameStream_SameProfile_OtherStream_Differs()
    {
        var a = new SolarGenerationSource().Generate(24, 60, new RandomStream(1));
        var b = new SolarGenerationSource().Generate(24, 60, new RandomStream(1));
        var c = new SolarGenerationSource().Generate(24, 60, new RandomStream(2));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Residential_24Steps_EveningPeakAboveNightValley()
    {
        var d = new ResidentialDemandSource().Generate(24, 60, new RandomStream(42));

        // Bases: 0.7–1.0 at 19–21 h, 0.2–0.4 at 1–6 h, noise ±0.1 (then smoothing).
        Assert.True(d[19..21].Average() > d[2..5].Average());
        Assert.All(d[2..5], v => Assert.InRange(v, 0.1 * 60, 0.5 * 60));
        Assert.All(d, v => Assert.Equal(Math.Round(v, 1), v));
    }

    [Fact]
    public void Constant_RepeatsFractionOfCapacity() =>
        Assert.Equal([30.0, 30.0, 30.0], new ConstantProfileSource(0.5).Generate(3, 60, new RandomStream(1)));

    [Fact]
    public void Inline_WrongLength_Rejected() =>
        Assert.Throws<ArgumentException>(() => new InlineProfileSource([1.0, 2.0]).Generate(3, 60, new RandomStream(1)));

    [Fact]
    public void EnergyProfile_NegativeOrNaN_RejectedWithIndex()
    {
        var ex = Assert.Throws<Core.Errors.ValidationException>(() => new EnergyProfile([1.0, -1.0, double.NaN], "demand"));
        Assert.Equal(["demand[1]", "demand[2]"], ex.Violations.Select(v => v.Field).ToArray());
    }
}
