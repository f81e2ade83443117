using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Fmi.Tests;

/// <summary>The state machine: a call in the wrong state is an InvalidStateException, never a native call.</summary>
public sealed class LifecycleTests
{
    public static TheoryData<FmiVersion> Versions => TestFmus.Versions;

    [Theory]
    [MemberData(nameof(Versions))]
    public void DoStep_BeforeInitialization_ThrowsInvalidState(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var battery = fmu.Instantiate("battery");
        var ex = Assert.Throws<InvalidStateException>(() => battery.DoStep(0, 1));
        Assert.Equal("Instantiated", ex.CurrentState);
        Assert.Throws<InvalidStateException>(() => battery.GetReal([7u], new double[1]));
        Assert.Throws<InvalidStateException>(battery.EnterInitialization);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Lifecycle_FullRun_PassesThroughStates(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var battery = fmu.Instantiate("battery");
        Assert.Equal(ComponentLifecycleState.Instantiated, battery.State);
        battery.Setup(SimulationTime.Zero, new SimulationTime(3600), TimeResolution.Second);
        Assert.Equal(ComponentLifecycleState.SetUp, battery.State);
        battery.EnterInitialization();
        Assert.Equal(ComponentLifecycleState.Initializing, battery.State);
        battery.ExitInitialization();
        Assert.Equal(ComponentLifecycleState.Stepping, battery.State);
        battery.Terminate();
        Assert.Equal(ComponentLifecycleState.Terminated, battery.State);
        Assert.Throws<InvalidStateException>(() => battery.DoStep(0, 1));
        Assert.Equal(0.5, TestFmus.Real(battery, 7), 12);
        battery.Reset();
        Assert.Equal(ComponentLifecycleState.Instantiated, battery.State);
        TestFmus.Initialize(battery);
        battery.DoStep(0, 60);
        battery.Dispose();
        Assert.Equal(ComponentLifecycleState.Disposed, battery.State);
        Assert.Throws<InvalidStateException>(() => battery.DoStep(60, 60));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void GetReal_UnknownReference_ThrowsNotFoundWithoutNativeCall(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var battery = fmu.Instantiate("battery");
        TestFmus.Initialize(battery);
        var ex = Assert.Throws<NotFoundException>(() => battery.GetReal([4711u], new double[1]));
        Assert.Contains("4711", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Instantiate_TwoInstances_AreIndependent(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var a = fmu.Instantiate("a");
        using var b = fmu.Instantiate("b");
        TestFmus.Initialize(a);
        TestFmus.Initialize(b);
        a.SetReal([6u], [5.0]);
        b.SetReal([6u], [-5.0]);
        a.DoStep(0, 3600);
        b.DoStep(0, 3600);
        Assert.Equal(0.5 + 0.475, TestFmus.Real(a, 7), 12);
        Assert.Equal(0.0, TestFmus.Real(b, 7), 12);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Instantiate_OncePerProcessFmuTwice_ThrowsConflictUntilFirstIsDisposed(FmiVersion version)
    {
        var path = TestFmus.Variant(TestFmus.PathOf("Household", version), z =>
        {
            var xml = TestFmus.ReadEntry(z, "modelDescription.xml").Replace("<CoSimulation ", "<CoSimulation canBeInstantiatedOnlyOncePerProcess=\"true\" ", StringComparison.Ordinal);
            TestFmus.WriteEntry(z, "modelDescription.xml", xml);
        });
        try
        {
            using var fmu = Fmu.Load(path);
            var first = fmu.Instantiate("first");
            var ex = Assert.Throws<ConflictException>(() => fmu.Instantiate("second"));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
            first.Dispose();
            using var second = fmu.Instantiate("second");
            Assert.Equal(ComponentLifecycleState.Instantiated, second.State);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
