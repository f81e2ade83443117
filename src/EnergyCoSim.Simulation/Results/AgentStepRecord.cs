namespace EnergyCoSim.Simulation.Results;

/// <summary>One agent in one market interval: energy flows at its meter (kWh), battery state, money and reward.</summary>
public sealed record AgentStepRecord
{
    /// <summary>Zero-based episode index.</summary>
    public required int Episode { get; init; }

    /// <summary>Zero-based market interval.</summary>
    public required int Step { get; init; }

    /// <summary>The agent.</summary>
    public required string AgentId { get; init; }

    /// <summary>Generation in the interval, kWh.</summary>
    public required double GenerationKWh { get; init; }

    /// <summary>Demand in the interval, kWh.</summary>
    public required double DemandKWh { get; init; }

    /// <summary>Energy received from trades (after transmission losses), kWh.</summary>
    public required double BoughtKWh { get; init; }

    /// <summary>Energy delivered to trades, kWh.</summary>
    public required double SoldKWh { get; init; }

    /// <summary>Energy taken from the bus into the battery, kWh.</summary>
    public required double ChargeKWh { get; init; }

    /// <summary>Energy the battery delivered to the bus, kWh.</summary>
    public required double DischargeKWh { get; init; }

    /// <summary>Surplus that could be neither sold nor stored, kWh.</summary>
    public required double CurtailedKWh { get; init; }

    /// <summary>Demand that could be neither bought nor served from storage, kWh.</summary>
    public required double UnservedKWh { get; init; }

    /// <summary>State of charge after the interval (null without battery), 0–1.</summary>
    public double? Soc { get; init; }

    /// <summary>Stored energy after the interval (0 without battery), kWh.</summary>
    public double EnergyLevelKWh { get; init; }

    /// <summary>Cash account after the interval, USD.</summary>
    public required double CashUsd { get; init; }

    /// <summary>Reward of the interval.</summary>
    public required double Reward { get; init; }

    /// <summary>Reputation after the interval, 0–1.</summary>
    public required double Reputation { get; init; }
}
