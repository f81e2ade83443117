using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Fmi.Tests;

/// <summary>The Battery FMU against the closed form E(t) = E0 + eta_c P t (charging) or E0 + P t / eta_d (discharging).</summary>
public sealed class BatteryTests
{
    private const uint Capacity = 0, MaxCharge = 1, SocStart = 5, Setpoint = 6, Soc = 7, Power = 8, Energy = 9, SaturatedSteps = 100, Saturated = 200, Label = 300;

    public static TheoryData<FmiVersion> Versions => TestFmus.Versions;

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Step_ConstantChargePower_SocFollowsClosedForm(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var battery = fmu.Instantiate("battery");
        TestFmus.Initialize(battery);
        battery.SetReal([Setpoint], [2.0]);
        var step = new SimulationDuration(60_000);
        var t = SimulationTime.Zero;
        for (var k = 1; k <= 60; k++)
        {
            var result = await battery.StepAsync(t, step, CancellationToken.None);
            t += step;
            Assert.Equal(StepOutcome.Accepted, result.Outcome);
            var expected = 0.5 + (2.0 * 0.95 * (k * 60 / 3600.0) / 10.0);
            Assert.Equal(expected, TestFmus.Real(battery, Soc), 12);
        }

        Assert.Equal(0.69, TestFmus.Real(battery, Soc), 12);
        Assert.Equal(6.9, TestFmus.Real(battery, Energy), 12);
        Assert.Equal(2.0, TestFmus.Real(battery, Power), 12);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Step_DischargeWithParameters_EnergyFollowsClosedForm(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var battery = fmu.Instantiate("battery");
        TestFmus.Initialize(battery, () => battery.SetReal([Capacity, SocStart], [20.0, 0.8]));
        battery.SetReal([Setpoint], [-3.0]);
        for (var k = 0; k < 30; k++)
        {
            battery.DoStep(k * 60.0, 60.0);
        }

        var energy = 16.0 - (3.0 / 0.95 * 0.5);
        Assert.Equal(energy, TestFmus.Real(battery, Energy), 12);
        Assert.Equal(energy / 20.0, TestFmus.Real(battery, Soc), 12);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Step_ChargeBeyondCapacity_SaturatesAtFullWithReducedPower(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var battery = fmu.Instantiate("battery");
        TestFmus.Initialize(battery);
        battery.SetReal([Setpoint, MaxCharge], [8.0, 5.0]);

        // 5 kWh of headroom at 5 kW * 0.95 fills after 1.0526 h: the 64th one-minute step is the first that saturates.
        Span<long> steps = stackalloc long[1];
        Span<bool> saturated = stackalloc bool[1];
        for (var k = 0; k < 63; k++)
        {
            battery.DoStep(k * 60.0, 60.0);
        }

        battery.GetInteger([SaturatedSteps], steps);
        Assert.Equal(63, steps[0]);
        Assert.Equal(5.0, TestFmus.Real(battery, Power), 12);
        var energyBefore = TestFmus.Real(battery, Energy);
        Assert.Equal(5.0 + (5.0 * 0.95 * 63 / 60.0), energyBefore, 12);

        battery.DoStep(63 * 60.0, 60.0);
        battery.GetBoolean([Saturated], saturated);
        Assert.True(saturated[0]);
        Assert.Equal(1.0, TestFmus.Real(battery, Soc), 12);
        Assert.Equal((10.0 - energyBefore) / (0.95 / 60.0), TestFmus.Real(battery, Power), 9);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void SetDebugLogging_On_RoutesDebugMessagesWithInstanceAndCategory(FmiVersion version)
    {
        var log = new RecordingLoggerFactory();
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version), log);
        using var battery = fmu.Instantiate("bat-1");
        TestFmus.Initialize(battery);
        battery.SetReal([Setpoint], [9.0]);
        battery.DoStep(0, 60);
        Assert.DoesNotContain(log.Entries, e => e.Contains("power limited", StringComparison.Ordinal));
        battery.SetDebugLogging(true, "logEvents");
        battery.DoStep(60, 60);
        Assert.Contains("Debug: FMU bat-1 [logEvents] power limited to 5 kW at t=120", log.Entries);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void GetSetString_Parameter_RoundTrips(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var battery = fmu.Instantiate("battery");
        battery.SetString([Label], ["bat-7 ünïcode"]);
        TestFmus.Initialize(battery);
        var label = new string[1];
        battery.GetString([Label], label);
        Assert.Equal("bat-7 ünïcode", label[0]);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void GetDirectionalDerivative_PowerBySetpoint_IsOneWithinLimitsAndZeroBeyond(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var battery = fmu.Instantiate("battery");
        TestFmus.Initialize(battery);
        var d = new double[1];
        battery.SetReal([Setpoint], [2.0]);
        battery.GetDirectionalDerivative([Power], [Setpoint], [1.0], d);
        Assert.Equal(1.0, d[0]);
        battery.SetReal([Setpoint], [9.0]);
        battery.GetDirectionalDerivative([Power], [Setpoint], [1.0], d);
        Assert.Equal(0.0, d[0]);
    }
}
