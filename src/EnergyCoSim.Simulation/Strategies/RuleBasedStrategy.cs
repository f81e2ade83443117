using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Simulation.Strategies;

/// <summary>
/// A rule-based prosumer: bids its net position (surplus sells, deficit buys) at a price between the feed-in tariff
/// and the utility price, so that peer trades beat the DSO for both sides, and time-shifts with its battery —
/// in cheap hours it keeps surplus in storage, in expensive hours it sells what storage can deliver.
/// </summary>
public sealed class RuleBasedStrategy : IAgentStrategy
{
    /// <summary>Creates the strategy; <paramref name="markup"/> in [0, 0.5] sets how far from the tariffs it bids.</summary>
    public RuleBasedStrategy(double markup = 0.25)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(markup, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(markup, 0.5);
        Markup = markup;
    }

    /// <summary>Fraction of the tariff spread kept away from the DSO's price.</summary>
    public double Markup { get; }

    /// <inheritdoc />
    public string Name => "rule-based";

    /// <inheritdoc />
    public AgentAction Decide(in AgentDecisionContext context)
    {
        var box = context.Box;
        var spread = Math.Max(0, context.UtilityPrice - context.FeedInTariff);
        var expensive = context.UtilityPrice >= context.MeanUtilityPrice;
        var net = context.GenerationKWh - context.DemandKWh;
        var noPartner = box.AgentCount + 1;
        if (net >= 0)
        {
            // Sell: the environment nets the order against demand and battery room (surplus charges first). In an
            // expensive hour the agent also offers what its battery can deliver, shifting stored cheap energy.
            var offer = context.GenerationKWh + (expensive ? context.AvailableDischargeKWh + context.AvailableChargeKWh : 0);
            var ask = context.FeedInTariff + ((1 - Markup) * spread * (expensive ? 0.9 : 0.5));
            return box.Clamp(new AgentAction(ask, offer, 0, noPartner));
        }

        // Buy: the environment nets the order against generation and battery discharge. In a cheap hour the agent
        // also buys to fill its battery for the expensive hours.
        var ask2 = context.DemandKWh + (expensive ? 0 : context.AvailableChargeKWh);
        var bid = context.UtilityPrice - ((1 - Markup) * spread * (expensive ? 0.3 : 0.5));
        return box.Clamp(new AgentAction(bid, ask2, 1, noPartner));
    }
}
