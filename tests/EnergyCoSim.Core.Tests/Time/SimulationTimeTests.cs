using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Core.Tests.Time;

public sealed class SimulationTimeTests
{
    [Fact]
    public void Add_ManyHourlySteps_StaysExact()
    {
        var resolution = TimeResolution.Second;
        var hour = SimulationDuration.From(TimeSpan.FromHours(1), resolution);
        var t = SimulationTime.Zero;
        for (var i = 0; i < 8760; i++)
        {
            t += hour;
        }

        Assert.Equal(8760L * 3600L, t.Ticks);
        Assert.Equal(8760.0 * 3600.0, t.ToSeconds(resolution));
    }

    [Fact]
    public void TicksIn_SpanNotWholeTicks_Throws()
    {
        var minute = new TimeResolution(60_000_000_000L);
        Assert.Throws<ArgumentException>(() => minute.TicksIn(TimeSpan.FromSeconds(90)));
    }

    [Theory]
    [InlineData(0.001, 1_000_000L)]
    [InlineData(1.0, 1_000_000_000L)]
    [InlineData(900.0, 900_000_000_000L)]
    public void FromSeconds_CommonResolutions_AreExactNanoseconds(double seconds, long expected) =>
        Assert.Equal(expected, TimeResolution.FromSeconds(seconds).NanosecondsPerTick);

    [Fact]
    public void Add_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => SimulationTime.MaxValue + new SimulationDuration(1));

    [Fact]
    public void ToHours_QuarterHourAtSecondResolution_IsQuarter() =>
        Assert.Equal(0.25, new SimulationDuration(900).ToHours(TimeResolution.Second));
}
