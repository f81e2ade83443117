namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>A battery: size (absolute or as a ratio of the agent's capacity), SoC window, efficiencies, limits, ageing.</summary>
public sealed class BatterySection
{
    /// <summary>Nominal capacity in kWh (exclusive with <see cref="CapacityRatio"/>).</summary>
    public double? CapacityKwh { get; init; }

    /// <summary>Nominal capacity as a multiple of the agent's capacity in kW (kWh per kW).</summary>
    public double? CapacityRatio { get; init; }

    /// <summary>[low, high] ratio range; the ratio is drawn uniformly per agent from its own stream (exclusive with the others).</summary>
    public List<double>? CapacityRatioRange { get; init; }

    /// <summary>Lower end of the SoC window, in [0, 1].</summary>
    public double MinSoc { get; init; }

    /// <summary>Upper end of the SoC window, in [0, 1].</summary>
    public double MaxSoc { get; init; } = 1;

    /// <summary>Sets both efficiencies at once, in (0, 1].</summary>
    public double? Efficiency { get; init; }

    /// <summary>Charge efficiency η_c, in (0, 1].</summary>
    public double? ChargeEfficiency { get; init; }

    /// <summary>Discharge efficiency η_d, in (0, 1].</summary>
    public double? DischargeEfficiency { get; init; }

    /// <summary>Power limit as a C-rate (1 = capacity kWh per hour), &gt; 0.</summary>
    public double CRate { get; init; } = 1.0;

    /// <summary>Self-discharge per hour as a fraction of stored energy, in [0, 1).</summary>
    public double SelfDischargePerHour { get; init; }

    /// <summary>Initial SoC; omitted: drawn uniformly in the window from the agent's stream.</summary>
    public double? InitialSoc { get; init; }

    /// <summary>Degradation model; omitted: no ageing.</summary>
    public DegradationSection? Degradation { get; init; }
}
