using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Tests.Analytics;

public sealed class StorageDescriptorsTests
{
    [Fact]
    public void Compute_MixedBatteryScenario_MatchesHandComputation()
    {
        // Seed, mixed_battery: (capacity kW, battery ratio, efficiency); SoC window 0.1–0.9 for all batteries.
        var agents = new (double Cap, double Ratio, double Eta)[]
        {
            (100, 1.0, 0.96), (70, 0.6, 0.94), (65, 0.5, 0.93), (50, 0.4, 0.97), (45, 0.3, 0.97), (55, 0, 0), (40, 1.5, 0.95),
        }.Select(a => new StorageDescriptors.AgentStorage(a.Cap, a.Ratio > 0 ? a.Cap * a.Ratio : null, a.Eta, 0.8)).ToArray();

        var d = StorageDescriptors.Compute(agents);

        Assert.Equal(425, d.TotalGenerationKW, 9);
        Assert.Equal(268, d.TotalBatteryKWh, 9);
        Assert.Equal(268.0 / 425, d.BatteryRatio, 12);
        Assert.Equal(6, d.AgentsWithBattery);
        Assert.Equal(5.72 / 6, d.AverageEfficiency, 12);
        Assert.Equal(0.8, d.AverageSocWindow, 12);
        Assert.Equal(Math.Sqrt((4.11 / 6) - Math.Pow(4.3 / 6, 2)), d.BatteryDiversity, 12); // population std of ratios 1, .6, .5, .4, .3, 1.5
        Assert.Equal(268.0 / 425 * (5.72 / 6) * 0.8, d.CoordinationPotential, 12);
    }

    [Fact]
    public void Compute_NoBatteries_IsZeroPotential()
    {
        var d = StorageDescriptors.Compute([new(60, null, 0, 0), new(55, null, 0, 0)]);
        Assert.Equal(0, d.BatteryRatio);
        Assert.Equal(0, d.AgentsWithBattery);
        Assert.Equal(0, d.CoordinationPotential);
    }
}
