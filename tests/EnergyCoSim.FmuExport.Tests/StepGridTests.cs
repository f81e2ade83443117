using EnergyCoSim.Fmi;
using static EnergyCoSim.FmuExport.Tests.FmuSession;
using L = EnergyCoSim.FmuExport.MarketVariableLayout;

namespace EnergyCoSim.FmuExport.Tests;

/// <summary>Communication steps that are not one market interval (1 h in case 5): the same sample-and-hold rule in FMI 2 and 3.</summary>
public sealed class StepGridTests(ExportedFmus fmus) : IClassFixture<ExportedFmus>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void DoStep_StepsShorterLongerAndNotMultiplesOfTheInterval_ClearEachIntervalWhenAStepReachesItsEnd(int fmiVersion)
    {
        var reference = InProcessReference.Run(fmus.Scenario);
        using var fmu = Fmu.Load(fmus.PathOf(fmiVersion));
        using var instance = Start(fmu, "grid");

        instance.DoStep(0, 0.5 * Hour);
        Assert.Equal(0, Step(instance));
        Assert.Equal(0, Real(instance, L.PriceRef));

        // 0.5 h → 1.5 h passes the end of interval 0 (1 h): it clears; outputs then hold until 2 h.
        instance.DoStep(0.5 * Hour, Hour);
        Assert.Equal(1, Step(instance));
        AssertStepEquals(fmus.Layout, reference, 0, instance);

        instance.DoStep(1.5 * Hour, 0.5 * Hour);
        Assert.Equal(2, Step(instance));
        AssertStepEquals(fmus.Layout, reference, 1, instance);

        // 2 h → 4.5 h: intervals 2 and 3 clear (with the inputs present at the call), interval 4 is half way.
        instance.DoStep(2 * Hour, 2.5 * Hour);
        Assert.Equal(4, Step(instance));
        AssertStepEquals(fmus.Layout, reference, 3, instance);

        instance.DoStep(4.5 * Hour, 0.25 * Hour);
        Assert.Equal(4, Step(instance));
        AssertStepEquals(fmus.Layout, reference, 3, instance);

        // Past the episode's end (24 h): every remaining interval clears, then outputs hold and market.done is true.
        instance.DoStep(4.75 * Hour, 30 * Hour);
        Assert.Equal(24, Step(instance));
        AssertStepEquals(fmus.Layout, reference, 23, instance);
        var done = new bool[1];
        instance.GetBoolean([L.DoneRef], done);
        Assert.True(done[0]);
    }

    [Fact]
    public void DoStep_Fmi2CommunicationPointNotTheInstanceTime_ReturnsErrorNamingBoth()
    {
        using var raw = new RawFmi2(fmus.Fmi2);
        var c = raw.Instantiate("gap", Token(fmus.Fmi2));
        Assert.Equal(0, raw.Setup(c));
        Assert.Equal(0, raw.Call("fmi2EnterInitializationMode", c));
        Assert.Equal(0, raw.Call("fmi2ExitInitializationMode", c));
        Assert.Equal(0, raw.DoStep(c, 0, 1800));

        Assert.Equal(3, raw.DoStep(c, 3600, 3600));

        Assert.Contains(RawFmi2.LoggedMessages, m => m.StartsWith("gap [3]", StringComparison.Ordinal) && m.Contains("currentCommunicationPoint 3600 differs from the instance time 1800", StringComparison.Ordinal));
        Assert.Equal(0, raw.DoStep(c, 1800, 1800));
        Assert.Equal(0, raw.GetInteger(c, L.StepRef, out var step));
        Assert.Equal(1, step);
        raw.Free(c);
    }

    [Fact]
    public void DoStep_Fmi3CommunicationPointNotTheInstanceTime_ReturnsErrorNamingBoth()
    {
        using var raw = new RawFmi3(fmus.Fmi3);
        var c = raw.Instantiate("gap3", Token(fmus.Fmi3));
        Assert.Equal(0, raw.EnterInitializationMode(c));
        Assert.Equal(0, raw.Call("fmi3ExitInitializationMode", c));
        Assert.Equal(0, raw.DoStep(c, 0, 1800, out var events, out var last));
        Assert.False(events);
        Assert.Equal(1800, last);

        Assert.Equal(3, raw.DoStep(c, 3600, 3600, out _, out _));

        Assert.Contains(RawFmi3.LoggedMessages, m => m.StartsWith("[3] fmi3DoStep failed", StringComparison.Ordinal) && m.Contains("currentCommunicationPoint 3600 differs from the instance time 1800", StringComparison.Ordinal));
        Assert.Equal(0, raw.DoStep(c, 1800, 1800, out _, out last));
        Assert.Equal(3600, last);
        raw.Free(c);
    }

    private static string Token(string fmuPath)
    {
        using var fmu = Fmu.Load(fmuPath);
        return fmu.ModelDescription.InstantiationToken;
    }
}
