using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Fmi.Tests;

/// <summary>FMU state get/set/serialise: what rollback in the master relies on.</summary>
public sealed class RollbackTests
{
    private const uint Setpoint = 6, Soc = 7, Power = 8, Energy = 9;

    public static TheoryData<FmiVersion> Versions => TestFmus.Versions;

    [Theory]
    [MemberData(nameof(Versions))]
    public void RestoreState_AfterSteps_RepeatedStepsGiveIdenticalOutputs(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var battery = fmu.Instantiate("battery");
        TestFmus.Initialize(battery);
        battery.SetReal([Setpoint], [3.0]);
        battery.DoStep(0, 600);
        using var saved = battery.SaveState();
        var first = Run(battery);
        battery.RestoreState(saved);
        var second = Run(battery);
        Assert.Equal(first, second);
        Assert.Equal(0.5 + (3.0 * 0.95 * 2400 / 3600 / 10), first[^1][0], 12);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void DeserializeState_FromBytes_RestoresInAnotherInstance(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var a = fmu.Instantiate("a");
        using var b = fmu.Instantiate("b");
        TestFmus.Initialize(a);
        TestFmus.Initialize(b);
        a.SetReal([Setpoint], [-4.0]);
        a.DoStep(0, 600);
        byte[] bytes;
        using (var state = a.SaveState())
        {
            bytes = a.SerializeState(state);
        }

        var expected = Run(a);
        using var restored = b.DeserializeState(bytes);
        b.RestoreState(restored);
        Assert.Equal(expected, Run(b));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void RestoreState_FromOtherInstance_IsRejected(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var a = fmu.Instantiate("a");
        using var b = fmu.Instantiate("b");
        TestFmus.Initialize(a);
        TestFmus.Initialize(b);
        using var state = a.SaveState();
        var ex = Assert.Throws<ValidationException>(() => b.RestoreState(state));
        Assert.Contains("was not saved by FMU instance b", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Description_Battery_DeclaresStateCapabilities(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        Assert.Equal(new ComponentCapabilities(true, true, true, true), fmu.ComponentDescription.Capabilities);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void SaveState_FmuWithoutStateCapability_ThrowsInvalidState(FmiVersion version)
    {
        var path = TestFmus.Variant(TestFmus.PathOf("Household", version), z =>
        {
            var xml = TestFmus.ReadEntry(z, "modelDescription.xml")
                .Replace("canGetAndSetFMUstate=\"true\"", "canGetAndSetFMUstate=\"false\"", StringComparison.Ordinal)
                .Replace("canGetAndSetFMUState=\"true\"", "canGetAndSetFMUState=\"false\"", StringComparison.Ordinal);
            TestFmus.WriteEntry(z, "modelDescription.xml", xml);
        });
        try
        {
            using var fmu = Fmu.Load(path);
            Assert.False(fmu.ComponentDescription.Capabilities.CanSaveState);
            Assert.False(fmu.ComponentDescription.Capabilities.CanSerializeState);
            using var house = fmu.Instantiate("house");
            TestFmus.Initialize(house);
            var ex = Assert.Throws<InvalidStateException>(() => house.SaveState());
            Assert.Contains("not supported by this FMU", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private static List<double[]> Run(FmuInstance battery)
    {
        var outputs = new List<double[]>();
        for (var k = 0; k < 3; k++)
        {
            battery.DoStep(battery.Time, 600);
            var values = new double[3];
            battery.GetReal([Soc, Power, Energy], values);
            outputs.Add(values);
        }

        return outputs;
    }
}
