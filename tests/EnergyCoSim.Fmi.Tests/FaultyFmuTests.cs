using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Fmi.Tests;

/// <summary>Statuses other than OK: warning logged, discard rejects the step, error and fatal raise model errors.</summary>
public sealed class FaultyFmuTests
{
    private const uint Limit = 4, X = 5, U = 6, Y = 7, Events = 100, FailInInit = 200;

    public static TheoryData<FmiVersion> Versions => TestFmus.Versions;

    [Theory]
    [MemberData(nameof(Versions))]
    public void DoStep_PassingWarnTime_IsAcceptedAndLogged(FmiVersion version)
    {
        var log = new RecordingLoggerFactory();
        using var fmu = Fmu.Load(TestFmus.PathOf("Faulty", version), log);
        using var faulty = fmu.Instantiate("faulty");
        TestFmus.Initialize(faulty);
        Assert.Equal(StepOutcome.Accepted, faulty.DoStep(0, 1).Outcome);
        Assert.Contains(log.Entries, e => e.Contains("passed warn_at_s=1", StringComparison.Ordinal) && e.Contains("faulty", StringComparison.Ordinal));
        Assert.Contains(log.Entries, e => e.Contains("returned fmiWarning", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void DoStep_CrossingDiscardTime_IsRejectedWithLastSuccessfulTime(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Faulty", version));
        using var faulty = fmu.Instantiate("faulty");
        TestFmus.Initialize(faulty);
        faulty.SetReal([U], [1.5]);
        faulty.DoStep(0, 2);
        using var beforeDiscard = faulty.SaveState();
        var result = faulty.DoStep(2, 2);
        Assert.Equal(StepOutcome.Rejected, result.Outcome);
        Assert.Equal(new SimulationTime(3000), result.LastReachedTime);
        Assert.Contains("crosses discard_at_s", result.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidStateException>(() => faulty.DoStep(3, 1));

        faulty.RestoreState(beforeDiscard);
        Assert.Equal(StepOutcome.Accepted, faulty.DoStep(2, 1).Outcome);
        Assert.Equal(StepOutcome.Accepted, faulty.DoStep(3, 1).Outcome);
        Assert.Equal(4.0, TestFmus.Real(faulty, X), 12);
        Assert.Equal(3.0, TestFmus.Real(faulty, Y), 12);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void DoStep_PastFailTime_ThrowsModelErrorAndOtherInstancesKeepRunning(FmiVersion version)
    {
        using var faultyFmu = Fmu.Load(TestFmus.PathOf("Faulty", version));
        using var batteryFmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var faulty = faultyFmu.Instantiate("faulty");
        using var healthy = faultyFmu.Instantiate("healthy");
        using var battery = batteryFmu.Instantiate("battery");
        TestFmus.Initialize(faulty, () => faulty.SetReal([2u, 1u], [0.5, 100.0]));
        TestFmus.Initialize(healthy);
        TestFmus.Initialize(battery);

        var ex = Assert.Throws<ModelException>(() => faulty.DoStep(0, 1));
        Assert.Equal("faulty", ex.Model);
        Assert.Contains("fmi" + (int)version + "DoStep returned error", ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.RecentMessages, m => m.Contains("x would pass fail_at_s=0.5", StringComparison.Ordinal));
        Assert.Contains("u", ex.Variables);
        Assert.Equal(ComponentLifecycleState.Failed, faulty.State);
        Assert.Throws<InvalidStateException>(() => faulty.DoStep(0, 0.25));

        Assert.Equal(StepOutcome.Accepted, healthy.DoStep(0, 0.5).Outcome);
        Assert.Equal(StepOutcome.Accepted, battery.DoStep(0, 60).Outcome);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void SetReal_InvalidParameter_ThrowsModelErrorNamingTheVariable(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Faulty", version));
        using var faulty = fmu.Instantiate("faulty");
        var ex = Assert.Throws<ModelException>(() => faulty.SetReal([Limit], [-1.0]));
        Assert.Equal(["limit"], ex.Variables);
        Assert.Contains(ex.RecentMessages, m => m.Contains("limit must be >= 0, got -1", StringComparison.Ordinal));
        faulty.Reset();
        TestFmus.Initialize(faulty);
        Assert.Equal(StepOutcome.Accepted, faulty.DoStep(0, 0.5).Outcome);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void ExitInitialization_ModelFailsToInitialise_ThrowsModelError(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Faulty", version));
        using var faulty = fmu.Instantiate("faulty");
        faulty.Setup(0.0, null);
        faulty.SetBoolean([FailInInit], [true]);
        faulty.EnterInitialization();
        var ex = Assert.Throws<ModelException>(faulty.ExitInitialization);
        Assert.Contains("ExitInitializationMode returned error", ex.Message, StringComparison.Ordinal);
        Assert.Contains("fail_in_init is true", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DoStep_Fmi3EarlyReturnWithEventMode_StopsAtEventAndHandlesIt()
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Faulty", FmiVersion.Fmi3));
        using var faulty = (Fmi3Instance)fmu.Instantiate("faulty", new FmuInstanceOptions(EventModeUsed: true, EarlyReturnAllowed: true));
        TestFmus.Initialize(faulty);
        faulty.DoStep(0, 1.5);
        var result = faulty.DoStep(1.5, 1.0);
        Assert.Equal(StepOutcome.Rejected, result.Outcome);
        Assert.True(faulty.LastStepEndedEarly);
        Assert.Equal(new SimulationTime(2000), result.LastReachedTime);
        Assert.Equal(2.0, TestFmus.Real(faulty, X), 12);
        var events = new long[1];
        faulty.GetInteger([Events], events);

        // One discrete-state update settles the event mode entered after initialisation, one handles the event at t=2.
        Assert.Equal(2, events[0]);
        Assert.Equal(StepOutcome.Accepted, faulty.DoStep(2.0, 0.5).Outcome);
        Assert.Equal(2.5, TestFmus.Real(faulty, X), 12);
    }

    [Fact]
    public void DoStep_Fmi3WithoutEarlyReturn_CompletesTheStep()
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Faulty", FmiVersion.Fmi3));
        using var faulty = (Fmi3Instance)fmu.Instantiate("faulty");
        TestFmus.Initialize(faulty);
        faulty.DoStep(0, 1.5);
        Assert.Equal(StepOutcome.Accepted, faulty.DoStep(1.5, 1.0).Outcome);
        Assert.False(faulty.LastStepEndedEarly);
        Assert.Equal(2.5, TestFmus.Real(faulty, X), 12);
    }
}
