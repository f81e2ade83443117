namespace EnergyCoSim.Simulation.Spaces;

/// <summary>The agent's own part of an observation (indices 16–31 of spec §8.3), energy in kWh, money in USD.</summary>
public readonly record struct AgentObservationInput
{
    /// <summary>Generation in the coming interval.</summary>
    public double GenerationKWh { get; init; }

    /// <summary>Demand in the coming interval.</summary>
    public double DemandKWh { get; init; }

    /// <summary>Demand satisfied so far.</summary>
    public double CumulativeDemandSatisfiedKWh { get; init; }

    /// <summary>Demand deferred so far.</summary>
    public double CumulativeDemandDeferredKWh { get; init; }

    /// <summary>Demand from the coming interval to the end of the episode.</summary>
    public double RemainingDemandKWh { get; init; }

    /// <summary>Generation used so far.</summary>
    public double CumulativeSupplySatisfiedKWh { get; init; }

    /// <summary>Generation not used so far.</summary>
    public double CumulativeSupplyDeferredKWh { get; init; }

    /// <summary>Generation from the coming interval to the end of the episode.</summary>
    public double RemainingSupplyKWh { get; init; }

    /// <summary>The agent's cash account (MARLEM's never-updated "profit").</summary>
    public double CashUsd { get; init; }

    /// <summary>Reputation, 0–1.</summary>
    public double Reputation { get; init; }

    /// <summary>Stored energy (0 without battery).</summary>
    public double BatteryEnergyKWh { get; init; }

    /// <summary>State of charge (0 without battery).</summary>
    public double BatterySoc { get; init; }

    /// <summary>Energy the battery can still take from the bus.</summary>
    public double AvailableChargeKWh { get; init; }

    /// <summary>Energy the battery can still deliver to the bus.</summary>
    public double AvailableDischargeKWh { get; init; }

    /// <summary>Energy charged into the battery so far.</summary>
    public double CumulativeChargeKWh { get; init; }

    /// <summary>Energy discharged from the battery so far.</summary>
    public double CumulativeDischargeKWh { get; init; }
}
