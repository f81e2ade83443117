namespace EnergyCoSim.Agents.Prosumers;

/// <summary>A raw policy action: <c>[price, quantity, is_buy, partner]</c> (spec §8.2).</summary>
/// <param name="Price">Limit price, $/MWh.</param>
/// <param name="Quantity">Energy, kWh for the interval.</param>
/// <param name="IsBuy">Side score in [0, 1]; &gt; 0.5 means buy.</param>
/// <param name="PartnerIndex">Index of the preferred partner in the environment's partner list.</param>
public sealed record AgentAction(double Price, double Quantity, double IsBuy, int PartnerIndex)
{
    /// <summary>The threshold above which <see cref="IsBuy"/> means buy.</summary>
    public const double BuyThreshold = 0.5;

    /// <summary>True when the action buys (decided once, here).</summary>
    public bool Buys => IsBuy > BuyThreshold;
}
