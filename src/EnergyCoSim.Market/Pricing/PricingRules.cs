using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Market.Pricing;

/// <summary>The six pricing rules of spec §3.2, with MARLEM's SELLER and BID_ASK_SPREAD defects corrected.</summary>
public static class PricingRules
{
    /// <summary>The trade price for buy limit <paramref name="buy"/>, sell limit <paramref name="sell"/> and reference price <paramref name="reference"/>.</summary>
    /// <param name="mechanism">The rule.</param>
    /// <param name="buy">Buy limit price b.</param>
    /// <param name="sell">Sell limit price s.</param>
    /// <param name="reference">Reference market price m (previous clearing price or DSO mid price).</param>
    /// <param name="bidAskFactor">k of BID_ASK_SPREAD, clipped to [0, 1].</param>
    public static PriceUsdPerMWh Price(ClearingMechanism mechanism, PriceUsdPerMWh buy, PriceUsdPerMWh sell, PriceUsdPerMWh reference, double bidAskFactor) =>
        new(PriceOf(mechanism, buy.Value, sell.Value, reference.Value, bidAskFactor));

    internal static double PriceOf(ClearingMechanism mechanism, double b, double s, double m, double k) => mechanism switch
    {
        ClearingMechanism.Average => (b + s) / 2,
        ClearingMechanism.Buyer => b,
        ClearingMechanism.Seller => s,
        ClearingMechanism.BidAskSpread => s + ((b - s) * Math.Clamp(k, 0, 1)),
        ClearingMechanism.NashBargaining => b - s <= 0 ? (b + s) / 2 : s + ((b - s) / 2),
        ClearingMechanism.ProportionalSurplus => ProportionalSurplus(b, s, m),
        _ => throw new ArgumentOutOfRangeException(nameof(mechanism), mechanism, "unknown clearing mechanism"),
    };

    private static double ProportionalSurplus(double b, double s, double m)
    {
        var buyerSurplus = Math.Max(0, b - m);
        var sellerSurplus = Math.Max(0, m - s);
        var total = buyerSurplus + sellerSurplus;
        return total == 0 || b - s <= 0 ? (b + s) / 2 : s + (buyerSurplus / total * (b - s));
    }
}
