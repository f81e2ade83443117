namespace EnergyCoSim.Market.Pricing;

/// <summary>How the price of a matched buy/sell pair is set (spec §3.2).</summary>
public enum ClearingMechanism
{
    /// <summary>(b + s) / 2.</summary>
    Average,

    /// <summary>Pay as bid: b.</summary>
    Buyer,

    /// <summary>Pay as ask: s (MARLEM returned b here).</summary>
    Seller,

    /// <summary>s + k·(b − s) with the configured factor k in [0, 1].</summary>
    BidAskSpread,

    /// <summary>Equal split of the surplus; equals <see cref="Average"/>.</summary>
    NashBargaining,

    /// <summary>Splits the spread by each side's distance to the reference price.</summary>
    ProportionalSurplus,
}
