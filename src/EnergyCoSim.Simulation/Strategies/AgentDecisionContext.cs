using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Simulation.Strategies;

/// <summary>What a strategy may look at when it decides an agent's action for one market interval.</summary>
public readonly record struct AgentDecisionContext
{
    /// <summary>The agent.</summary>
    public required string AgentId { get; init; }

    /// <summary>Position of the agent in the scenario (0-based; also its partner index).</summary>
    public required int AgentIndex { get; init; }

    /// <summary>Zero-based market interval about to be cleared.</summary>
    public required int Step { get; init; }

    /// <summary>Intervals per episode.</summary>
    public required int MaxSteps { get; init; }

    /// <summary>The agent's action bounds.</summary>
    public required ActionBox Box { get; init; }

    /// <summary>The agent's current observation (spec §8.3 layout).</summary>
    public required ReadOnlyMemory<float> Observation { get; init; }

    /// <summary>Generation in this interval, kWh.</summary>
    public required double GenerationKWh { get; init; }

    /// <summary>Demand in this interval, kWh.</summary>
    public required double DemandKWh { get; init; }

    /// <summary>Energy the battery can still take from the bus, kWh (0 without battery).</summary>
    public required double AvailableChargeKWh { get; init; }

    /// <summary>Energy the battery can still deliver to the bus, kWh (0 without battery).</summary>
    public required double AvailableDischargeKWh { get; init; }

    /// <summary>Feed-in tariff of this interval, USD/MWh.</summary>
    public required double FeedInTariff { get; init; }

    /// <summary>Utility price of this interval, USD/MWh.</summary>
    public required double UtilityPrice { get; init; }

    /// <summary>Mean utility price over the episode, USD/MWh (the rule-based strategy's notion of "expensive").</summary>
    public required double MeanUtilityPrice { get; init; }

    /// <summary>The agent's own decision stream (seeded per scenario, agent and purpose).</summary>
    public required RandomStream Random { get; init; }
}
