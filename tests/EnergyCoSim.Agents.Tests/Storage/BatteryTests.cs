using EnergyCoSim.Agents.Storage;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Agents.Tests.Storage;

public sealed class BatteryTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static Battery Make(double capacity, double minSoc, double maxSoc, double etaC = 1, double etaD = 1, double cRate = 1, double selfDischarge = 0, double fadeCycle = 0, double fadeDay = 0, TimeSpan? interval = null) =>
        new(new BatterySpec(new EnergyKWh(capacity), minSoc, maxSoc, etaC, etaD, cRate, null, selfDischarge, fadeCycle, fadeDay), interval ?? Hour);

    [Fact]
    public void ChargeThenDischarge_SpecItem1Corrected_StoreLosesDeliveredOverEfficiency()
    {
        // Spec §12 item 1 (C 100, SoC 0.1–0.9, η 0.95/0.93), starting from the reference energy 39.96 kWh.
        var b = Make(100, 0.1, 0.9, 0.95, 0.93);
        b.SetEnergyLevel(new EnergyKWh(39.96));

        var charged = b.Charge(new EnergyKWh(30));
        Assert.Equal(30.0, charged.AtBus.Value, 12);
        Assert.Equal(28.5, charged.InStore.Value, 12);
        Assert.Equal(BatteryState.Charging, b.State);
        Assert.Equal(68.46, b.EnergyLevel.Value, 12);

        // Corrected: delivering 20 kWh removes 20 / 0.93 = 21.505376 kWh (MARLEM delivered 18.60 and removed 18.60).
        var discharged = b.Discharge(new EnergyKWh(20));
        Assert.Equal(20.0, discharged.AtBus.Value, 12);
        Assert.Equal(20 / 0.93, discharged.InStore.Value, 12);
        Assert.Equal(BatteryState.Discharging, b.State);
        Assert.Equal(68.46 - (20 / 0.93), b.EnergyLevel.Value, 10);

        // Store-side availability (MARLEM's estimate_available_energy): 90 − 46.9546 and 46.9546 − 10.
        Assert.Equal(43.045376, b.Headroom.Value, 5);
        Assert.Equal(36.954624, b.Reserve.Value, 5);
        Assert.Equal(0.46954624, b.Soc, 7);

        b.Idle();
        Assert.Equal(BatteryState.Idle, b.State);
    }

    [Fact]
    public void Charge_RequestPassesUpperBound_ChargesPartiallyCorrected()
    {
        var b = Make(10, 0, 1);
        b.SetEnergyLevel(new EnergyKWh(9));

        var t = b.Charge(new EnergyKWh(5));

        Assert.Equal(1.0, t.AtBus.Value, 12);
        Assert.Equal(10.0, b.EnergyLevel.Value, 12);
        Assert.Equal(BatteryState.Charging, b.State);
    }

    [Fact]
    public void Discharge_RequestPassesLowerBound_DeliversWhatTheWindowAllowsAfterEfficiency()
    {
        var b = Make(10, 0.2, 1, etaD: 0.8);
        b.SetEnergyLevel(new EnergyKWh(5));

        var t = b.Discharge(new EnergyKWh(10));

        // Reserve 3 kWh in the store delivers 3 · 0.8 = 2.4 kWh at the bus.
        Assert.Equal(2.4, t.AtBus.Value, 12);
        Assert.Equal(3.0, t.InStore.Value, 12);
        Assert.Equal(2.0, b.EnergyLevel.Value, 12);
    }

    [Fact]
    public void Charge_HalfCRateOverQuarterHour_LimitedToPowerTimesInterval()
    {
        var b = Make(10, 0, 1, cRate: 0.5, interval: TimeSpan.FromMinutes(15));
        b.SetEnergyLevel(EnergyKWh.Zero);

        var t = b.Charge(new EnergyKWh(8));

        // 0.5 C of 10 kWh = 5 kW for 0.25 h = 1.25 kWh.
        Assert.Equal(1.25, t.AtBus.Value, 12);
    }

    [Fact]
    public void Charge_TwiceInOneInterval_SharesThePowerBudgetUntilCompleteInterval()
    {
        var b = Make(10, 0, 1, cRate: 0.5);
        b.SetEnergyLevel(EnergyKWh.Zero);

        Assert.Equal(3.0, b.Charge(new EnergyKWh(3)).AtBus.Value, 12);
        Assert.Equal(2.0, b.Charge(new EnergyKWh(3)).AtBus.Value, 12);
        Assert.Equal(0.0, b.AvailableCharge.Value, 12);
        b.CompleteInterval();
        Assert.Equal(5.0, b.AvailableCharge.Value, 12);
    }

    [Fact]
    public void CompleteInterval_SelfDischargeOverTwoHours_LosesCompoundedFraction()
    {
        var b = Make(100, 0, 1, selfDischarge: 0.01, interval: TimeSpan.FromHours(2));
        b.SetEnergyLevel(new EnergyKWh(50));

        var loss = b.CompleteInterval();

        // 50 · (1 − 0.99²) = 0.995 kWh.
        Assert.Equal(0.995, loss.Value, 12);
        Assert.Equal(49.005, b.EnergyLevel.Value, 12);
        Assert.Equal(0.995, b.SelfDischargeLoss.Value, 12);
    }

    [Fact]
    public void CompleteInterval_SelfDischargeAtLowerBound_KeepsTheReserve()
    {
        var b = Make(100, 0.2, 1, selfDischarge: 0.5);
        b.SetEnergyLevel(new EnergyKWh(21));

        var loss = b.CompleteInterval();

        Assert.Equal(1.0, loss.Value, 12);
        Assert.Equal(20.0, b.EnergyLevel.Value, 12);
    }

    [Fact]
    public void Charge_WithCycleFade_CapacityShrinksAndOverflowIsFadeLoss()
    {
        var b = Make(100, 0.1, 0.9, fadeCycle: 0.001);
        b.SetEnergyLevel(new EnergyKWh(10));

        b.Charge(new EnergyKWh(80));

        // Throughput 80 kWh = 0.4 equivalent full cycles → SoH 1 − 0.0004; max energy 0.9 · 99.96 = 89.964 kWh.
        Assert.Equal(0.4, b.EquivalentFullCycles, 12);
        Assert.Equal(0.9996, b.StateOfHealth, 12);
        Assert.Equal(89.964, b.EnergyLevel.Value, 10);
        Assert.Equal(0.036, b.FadeLoss.Value, 10);
    }

    [Fact]
    public void CompleteInterval_OneDayOfHourlyIntervals_CalendarFadeOfOneDay()
    {
        var b = Make(100, 0, 1, fadeDay: 0.001);
        b.SetEnergyLevel(new EnergyKWh(50));

        for (var i = 0; i < 24; i++)
        {
            b.CompleteInterval();
        }

        Assert.Equal(1.0, b.AgeDays, 12);
        Assert.Equal(0.999, b.StateOfHealth, 12);
        Assert.Equal(99.9, b.Capacity.Value, 10);
    }

    [Fact]
    public void Reset_NewEpisode_RestoresHealthUnlessAgeingIsKept()
    {
        var b = Make(100, 0, 1, fadeDay: 0.001);
        b.CompleteInterval();
        var aged = b.StateOfHealth;

        b.Reset(new RandomStream(1), keepAgeing: true);
        Assert.Equal(aged, b.StateOfHealth);

        b.Reset(new RandomStream(1));
        Assert.Equal(1.0, b.StateOfHealth);
    }

    [Fact]
    public void Reset_SameSeed_SameEnergyInsideTheWindow()
    {
        var a = Make(60, 0.15, 0.85);
        var b = Make(60, 0.15, 0.85);

        a.Reset(new RandomStream(42));
        b.Reset(new RandomStream(42));

        Assert.Equal(a.EnergyLevel, b.EnergyLevel);
        Assert.InRange(a.Soc, 0.15, 0.85);
        Assert.Equal(BatteryState.Idle, a.State);
        Assert.Equal(0.0, a.CumulativeCharge.Value);
    }

    [Fact]
    public void Reset_InitialSocGiven_StartsThere()
    {
        var b = new Battery(new BatterySpec(new EnergyKWh(50), 0.1, 0.9, initialSoc: 0.5), Hour);

        b.Reset(new RandomStream(7));

        Assert.Equal(25.0, b.EnergyLevel.Value, 12);
    }

    [Fact]
    public void Restore_AfterOperations_ReturnsToTheSnapshot()
    {
        var b = Make(100, 0.1, 0.9, 0.95, 0.93, selfDischarge: 0.001, fadeCycle: 0.001);
        b.Reset(new RandomStream(3));
        var snap = b.Snapshot();
        var energy = b.EnergyLevel;

        b.Charge(new EnergyKWh(20));
        b.CompleteInterval();
        b.Restore(snap);

        Assert.Equal(energy, b.EnergyLevel);
        Assert.Equal(snap, b.Snapshot());
    }

    [Fact]
    public void Constructor_SeveralInvalidParameters_ReportsAllWithRanges()
    {
        var ex = Assert.Throws<ValidationException>(() =>
            new BatterySpec(new EnergyKWh(0), minSoc: 1.2, maxSoc: -0.1, chargeEfficiency: 0, dischargeEfficiency: 1.5, cRate: 0, selfDischargePerHour: 1, fadePerEquivalentCycle: 0.5));

        var messages = ex.Violations.Select(v => v.ToString()).ToArray();
        Assert.Contains("battery.min_soc: 1.2 is outside [0, 1]", messages);
        Assert.Contains("battery.max_soc: -0.1 is outside [0, 1]", messages);
        Assert.Contains("battery.nominal_capacity_kwh: 0 must be > 0", messages);
        Assert.Contains("battery.charge_efficiency: 0 is outside (0, 1]", messages);
        Assert.Contains("battery.discharge_efficiency: 1.5 is outside (0, 1]", messages);
        Assert.Contains("battery.c_rate: 0 must be > 0", messages);
        Assert.Contains("battery.self_discharge_per_hour: 1 is outside [0, 1)", messages);
        Assert.Contains("battery.fade_per_cycle: 0.5 is outside [0, 0.01]", messages);
        Assert.Equal(8, ex.Violations.Count);
    }

    [Fact]
    public void Constructor_MinSocNotBelowMaxSoc_Rejected()
    {
        var ex = Assert.Throws<ValidationException>(() => new BatterySpec(new EnergyKWh(10), 0.6, 0.6));
        Assert.Equal("battery.max_soc", ex.Violations.Single().Field);
    }

    [Fact]
    public void Constructor_InitialSocOutsideWindow_Rejected()
    {
        var ex = Assert.Throws<ValidationException>(() => new BatterySpec(new EnergyKWh(10), 0.2, 0.8, initialSoc: 0.9, scope: "agents[1].battery"));
        Assert.Equal("agents[1].battery.initial_soc: 0.9 is outside the SoC window [0.2, 0.8]", ex.Violations.Single().ToString());
    }
}
