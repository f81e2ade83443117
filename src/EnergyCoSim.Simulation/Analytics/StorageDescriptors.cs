namespace EnergyCoSim.Simulation.Analytics;

/// <summary>The case study's storage descriptors of one scenario (seed, "Storage Coordination Analysis").</summary>
/// <param name="TotalGenerationKW">Σ agent capacity, kW.</param>
/// <param name="TotalBatteryKWh">Σ battery nominal capacity, kWh.</param>
/// <param name="BatteryRatio">Σ battery / Σ capacity, kWh per kW.</param>
/// <param name="AgentsWithBattery">Number of agents with a battery.</param>
/// <param name="AverageEfficiency">Mean charge efficiency over agents with a battery.</param>
/// <param name="AverageSocWindow">Mean (max_soc − min_soc) over agents with a battery.</param>
/// <param name="BatteryDiversity">Population std of per-agent battery/capacity ratios.</param>
/// <param name="CoordinationPotential">BatteryRatio · AverageEfficiency · AverageSocWindow.</param>
public sealed record StorageDescriptors(
    double TotalGenerationKW,
    double TotalBatteryKWh,
    double BatteryRatio,
    int AgentsWithBattery,
    double AverageEfficiency,
    double AverageSocWindow,
    double BatteryDiversity,
    double CoordinationPotential)
{
    /// <summary>One agent's storage as the descriptors need it.</summary>
    /// <param name="CapacityKW">Agent capacity, kW.</param>
    /// <param name="BatteryKWh">Battery nominal capacity, kWh; null without battery.</param>
    /// <param name="ChargeEfficiency">η_c of the battery.</param>
    /// <param name="SocWindow">max_soc − min_soc of the battery.</param>
    public sealed record AgentStorage(double CapacityKW, double? BatteryKWh, double ChargeEfficiency, double SocWindow);

    /// <summary>Computes the descriptors exactly as the case study's notebook does.</summary>
    public static StorageDescriptors Compute(IReadOnlyList<AgentStorage> agents)
    {
        var totalCapacity = agents.Sum(a => a.CapacityKW);
        var withBattery = agents.Where(a => a.BatteryKWh is > 0).ToArray();
        var totalBattery = withBattery.Sum(a => a.BatteryKWh!.Value);
        var ratio = totalCapacity > 0 ? totalBattery / totalCapacity : 0;
        var eta = withBattery.Length > 0 ? withBattery.Average(a => a.ChargeEfficiency) : 0;
        var window = withBattery.Length > 0 ? withBattery.Average(a => a.SocWindow) : 0;
        var ratios = withBattery.Where(a => a.CapacityKW > 0).Select(a => a.BatteryKWh!.Value / a.CapacityKW).ToArray();
        var diversity = SeriesStatistics.StdDev(ratios);
        return new StorageDescriptors(totalCapacity, totalBattery, ratio, withBattery.Length, eta, window, diversity, ratio * eta * window);
    }
}
