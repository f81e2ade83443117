using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Agents.Prosumers;
using EnergyCoSim.Agents.Storage;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using FsCheck.Xunit;

namespace EnergyCoSim.Agents.Tests.Prosumers;

public sealed class ProsumerAgentPropertyTests
{
    [Property(MaxTest = 200)]
    public bool EveryStep_EnergyBalanceClosesAndSocStaysInWindow(int seed)
    {
        var r = new RandomStream((ulong)(uint)seed);
        const int steps = 24;
        var gen = Enumerable.Range(0, steps).Select(_ => r.Uniform(0, 50)).ToArray();
        var dem = Enumerable.Range(0, steps).Select(_ => r.Uniform(0, 50)).ToArray();
        var min = r.Uniform(0, 0.4);
        BatterySpec? battery = r.NextDouble() < 0.2 ? null
            : new BatterySpec(new EnergyKWh(r.Uniform(5, 100)), min, r.Uniform(min + 0.1, 1), r.Uniform(0.8, 1), r.Uniform(0.8, 1), r.Uniform(0.25, 2), selfDischargePerHour: r.Uniform(0, 0.02), fadePerEquivalentCycle: r.Uniform(0, 0.001));
        var agent = new ProsumerAgent(new ProsumerAgentSpec("p", new PowerKW(50), battery: battery), TimeSpan.FromHours(1));
        agent.Reset(new EnergyProfile(gen), new EnergyProfile(dem), 0.5, r);

        for (var step = 0; step < steps; step++)
        {
            var b = agent.ApplyEnergy(step, new EnergyKWh(r.Uniform(0, 40)), new EnergyKWh(r.Uniform(0, 40)));
            var lhs = b.Generation + b.Bought + b.Discharge + b.UnservedDemand + b.UndeliveredSale;
            var rhs = b.Demand + b.Sold + b.Charge + b.Curtailment;
            var nonNegative = b.Charge.Value >= 0 && b.Discharge.Value >= 0 && b.Curtailment.Value >= 0 && b.UnservedDemand.Value >= 0 && b.UndeliveredSale.Value >= 0;
            var oneWay = b.Charge.Value == 0 || b.Discharge.Value == 0;
            var inWindow = agent.Battery is not { } bat || (bat.EnergyLevel.Value >= bat.MinEnergy.Value - 1e-9 && bat.EnergyLevel.Value <= bat.MaxEnergy.Value + 1e-9);
            if (Math.Abs(lhs.Value - rhs.Value) > 1e-9 || !nonNegative || !oneWay || !inWindow || b.UnservedDemand > b.Demand)
            {
                return false;
            }
        }

        return true;
    }
}
