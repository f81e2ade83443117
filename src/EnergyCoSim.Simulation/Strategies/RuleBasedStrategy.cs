using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Simulation.Strategies;

/// <summary>
/// A rule-based prosumer: it trades its net position (surplus sells, deficit buys) and quotes around the DSO's mid
/// price — sellers a little below, buyers a little above — so peer trades beat the DSO for both sides. Its battery
/// time-shifts: in cheap hours (utility price below the episode mean) surplus goes to storage first; in expensive
/// hours the agent also sells what its battery can deliver, and deficits are covered from storage before buying.
/// </summary>
public sealed class RuleBasedStrategy : IAgentStrategy
{
    /// <summary>Creates the strategy; <paramref name="markup"/> in [0, 1] is the share of the half-spread a quote gives away.</summary>
    public RuleBasedStrategy(double markup = 0.2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(markup, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(markup, 1);
        Markup = markup;
    }

    /// <summary>Share of the half tariff spread between the mid price and a quote.</summary>
    public double Markup { get; }

    /// <inheritdoc />
    public string Name => "rule-based";

    /// <inheritdoc />
    public AgentAction Decide(in AgentDecisionContext context)
    {
        var box = context.Box;
        var mid = (context.UtilityPrice + context.FeedInTariff) / 2;
        var halfSpread = Math.Max(0, context.UtilityPrice - context.FeedInTariff) / 2;
        var expensive = context.UtilityPrice >= context.MeanUtilityPrice;
        var noPartner = box.AgentCount + 1;
        if (context.GenerationKWh >= context.DemandKWh)
        {
            // The environment nets a sell order against demand, then battery room (surplus charges first). Offering
            // the battery room as well sells the whole surplus; adding the deliverable storage sells stored energy.
            var offer = expensive ? context.GenerationKWh + context.AvailableChargeKWh + context.AvailableDischargeKWh : context.GenerationKWh;
            return box.Clamp(new AgentAction(mid - (Markup * halfSpread), offer, 0, noPartner));
        }

        // The environment nets a buy order against generation, then battery discharge: asking for the demand buys
        // only what storage cannot cover. In cheap hours the agent keeps its storage and buys the whole deficit.
        var ask = expensive ? context.DemandKWh : context.DemandKWh + context.AvailableDischargeKWh;
        return box.Clamp(new AgentAction(mid + (Markup * halfSpread), ask, 1, noPartner));
    }
}
