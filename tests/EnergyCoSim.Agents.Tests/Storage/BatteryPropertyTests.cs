using EnergyCoSim.Agents.Storage;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using FsCheck.Xunit;

namespace EnergyCoSim.Agents.Tests.Storage;

public sealed class BatteryPropertyTests
{
    private const double Eps = 1e-9;

    private static (Battery Battery, RandomStream Ops) RandomBattery(int seed)
    {
        var r = new RandomStream((ulong)(uint)seed);
        var min = r.Uniform(0, 0.5);
        var max = r.Uniform(min + 0.05, 1);
        var spec = new BatterySpec(
            new EnergyKWh(r.Uniform(1, 200)), min, max, r.Uniform(0.7, 1), r.Uniform(0.7, 1), r.Uniform(0.2, 2),
            selfDischargePerHour: r.Uniform(0, 0.05), fadePerEquivalentCycle: r.Uniform(0, 0.01), fadePerDay: r.Uniform(0, 0.01));
        var b = new Battery(spec, TimeSpan.FromMinutes(r.NextInt(4) switch { 0 => 15, 1 => 30, 2 => 60, _ => 120 }));
        b.Reset(r);
        return (b, r);
    }

    [Property(MaxTest = 200)]
    public bool AnySequence_SocStaysInsideWindow(int seed)
    {
        var (b, r) = RandomBattery(seed);
        for (var i = 0; i < 60; i++)
        {
            var request = new EnergyKWh(r.Uniform(0, 2 * b.Spec.NominalCapacity.Value));
            _ = r.NextDouble() < 0.5 ? b.Charge(request) : b.Discharge(request);
            b.CompleteInterval();
            if (b.EnergyLevel < b.MinEnergy - new EnergyKWh(Eps) || b.EnergyLevel > b.MaxEnergy + new EnergyKWh(Eps))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool AnySequence_EnergyConservedWithEfficiencies(int seed)
    {
        var (b, r) = RandomBattery(seed);
        var start = b.EnergyLevel.Value;
        var stored = 0.0;
        var removed = 0.0;
        for (var i = 0; i < 60; i++)
        {
            var request = new EnergyKWh(r.Uniform(0, b.Spec.NominalCapacity.Value));
            if (r.NextDouble() < 0.5)
            {
                var t = b.Charge(request);
                stored += t.InStore.Value;
                if (Math.Abs((t.AtBus.Value * b.Spec.ChargeEfficiency) - t.InStore.Value) > Eps)
                {
                    return false;
                }
            }
            else
            {
                var t = b.Discharge(request);
                removed += t.InStore.Value;
                if (Math.Abs((t.AtBus.Value / b.Spec.DischargeEfficiency) - t.InStore.Value) > 1e-7)
                {
                    return false;
                }
            }

            b.CompleteInterval();
        }

        var expected = start + stored - removed - b.SelfDischargeLoss.Value - b.FadeLoss.Value;
        return Math.Abs(expected - b.EnergyLevel.Value) < 1e-6
            && Math.Abs(b.CumulativeCharge.Value - stored) < 1e-6
            && Math.Abs(b.CumulativeStoreOutflow.Value - removed) < 1e-6;
    }
}
