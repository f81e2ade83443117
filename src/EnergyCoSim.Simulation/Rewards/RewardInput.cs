using EnergyCoSim.Market.Orders;
using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Rewards;

/// <summary>Everything the reward of one agent for one step depends on (spec §8.4).</summary>
public sealed record RewardInput
{
    /// <summary>The agent.</summary>
    public required string AgentId { get; init; }

    /// <summary>The agent's order after adjustment and clamping.</summary>
    public required Order Order { get; init; }

    /// <summary>The step's trades in which the agent is buyer or seller.</summary>
    public required IReadOnlyList<Trade> AgentTrades { get; init; }

    /// <summary>DSO (grid) balance after matching, kWh.</summary>
    public required double GridBalance { get; init; }

    /// <summary>Grid capacity for normalisation, kW.</summary>
    public required double GridCapacityKW { get; init; }

    /// <summary>The agent's net position in the previous step (sold − bought), kWh.</summary>
    public required double PreviousAgentBalance { get; init; }

    /// <summary>Clearing price of the step, USD/MWh.</summary>
    public required double ClearingPrice { get; init; }

    /// <summary>Feed-in tariff of the step, USD/MWh.</summary>
    public required double FeedInTariff { get; init; }

    /// <summary>Utility price of the step, USD/MWh.</summary>
    public required double UtilityPrice { get; init; }

    /// <summary>Market price bounds, USD/MWh.</summary>
    public required double MinPrice { get; init; }

    /// <summary>Market price bounds, USD/MWh.</summary>
    public required double MaxPrice { get; init; }

    /// <summary>The step's cooperation KPIs.</summary>
    public required CooperationKpis Kpis { get; init; }

    /// <summary>True on the last step of the episode: the unmet-demand penalty applies.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Σ of the agent's demand over the episode, kWh.</summary>
    public double TotalDemandKWh { get; init; }

    /// <summary>Demand the agent had satisfied by the end of the step, kWh.</summary>
    public double CumulativeDemandSatisfiedKWh { get; init; }
}
