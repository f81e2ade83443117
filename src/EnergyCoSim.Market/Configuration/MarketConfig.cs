using EnergyCoSim.Core.Units;
using EnergyCoSim.Core.Validation;
using EnergyCoSim.Market.Pricing;

namespace EnergyCoSim.Market.Configuration;

/// <summary>
/// Market rules (spec §3.3 plus EnergyCoSim's settings), validated at construction: every broken rule is reported
/// at once with field, value and allowed range.
/// </summary>
public sealed class MarketConfig
{
    /// <summary>Creates and validates the configuration; throws <see cref="Core.Errors.ValidationException"/>.</summary>
    /// <param name="minPrice">Lowest order price in $/MWh.</param>
    /// <param name="maxPrice">Highest order price in $/MWh (&gt; min).</param>
    /// <param name="minQuantity">Smallest order quantity in kWh per interval (≥ 0).</param>
    /// <param name="maxQuantity">Largest order quantity in kWh per interval (&gt; min); also sets the matcher's grid capacity (max · agents).</param>
    /// <param name="mechanism">Pricing rule.</param>
    /// <param name="bidAskFactor">k of BID_ASK_SPREAD in [0, 1].</param>
    /// <param name="lossFactor">Transmission loss per km as a share of the traded energy, in [0, 1].</param>
    /// <param name="buyerFeeShare">Share of each P2P trade's network fees paid by the buyer, in [0, 1]; the seller pays the rest.</param>
    /// <param name="filledThresholdKWh">Remaining quantities at or below this are treated as filled (≥ 0).</param>
    /// <param name="enablePartnerPreference">True: partners come from the actions; false: rule-based partner selection.</param>
    /// <param name="ledgerDifficulty">Proof-of-work difficulty of the trade log (leading hex zeros, ≥ 1).</param>
    public MarketConfig(
        double minPrice = 0,
        double maxPrice = 1000,
        double minQuantity = 0,
        double maxQuantity = 1000,
        ClearingMechanism mechanism = ClearingMechanism.Average,
        double bidAskFactor = 0.5,
        double lossFactor = 0.03,
        double buyerFeeShare = 0.5,
        double filledThresholdKWh = 1e-6,
        bool enablePartnerPreference = false,
        int ledgerDifficulty = 2)
    {
        var check = new ViolationCollector();
        if (check.Finite("min_price", minPrice) && check.Finite("max_price", maxPrice))
        {
            check.Require(maxPrice > minPrice, "max_price", maxPrice, $"must be > min_price ({minPrice.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        }

        var minQuantityOk = check.AtLeast("min_quantity", minQuantity, 0);
        if (check.Finite("max_quantity", maxQuantity) && minQuantityOk)
        {
            check.Require(maxQuantity > minQuantity, "max_quantity", maxQuantity, $"must be > min_quantity ({minQuantity.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        }

        check.Require(Enum.IsDefined(mechanism), "mechanism", mechanism, "must be one of average, buyer, seller, bid_ask_spread, nash_bargaining, proportional_surplus");
        check.InRange("bid_ask_factor", bidAskFactor, 0, 1);
        check.InRange("loss_factor", lossFactor, 0, 1);
        check.InRange("buyer_fee_share", buyerFeeShare, 0, 1);
        check.AtLeast("filled_threshold_kwh", filledThresholdKWh, 0);
        check.InRange("ledger_difficulty", ledgerDifficulty, 1, 64);
        check.ThrowIfAny("market config");

        MinPrice = new PriceUsdPerMWh(minPrice);
        MaxPrice = new PriceUsdPerMWh(maxPrice);
        MinQuantity = new EnergyKWh(minQuantity);
        MaxQuantity = new EnergyKWh(maxQuantity);
        Mechanism = mechanism;
        BidAskFactor = bidAskFactor;
        LossFactor = lossFactor;
        BuyerFeeShare = buyerFeeShare;
        FilledThreshold = new EnergyKWh(filledThresholdKWh);
        EnablePartnerPreference = enablePartnerPreference;
        LedgerDifficulty = ledgerDifficulty;
    }

    /// <summary>Lowest order price.</summary>
    public PriceUsdPerMWh MinPrice { get; }

    /// <summary>Highest order price.</summary>
    public PriceUsdPerMWh MaxPrice { get; }

    /// <summary>Smallest order quantity per interval.</summary>
    public EnergyKWh MinQuantity { get; }

    /// <summary>Largest order quantity per interval.</summary>
    public EnergyKWh MaxQuantity { get; }

    /// <summary>Pricing rule.</summary>
    public ClearingMechanism Mechanism { get; }

    /// <summary>k of BID_ASK_SPREAD in [0, 1].</summary>
    public double BidAskFactor { get; }

    /// <summary>Transmission loss share per km.</summary>
    public double LossFactor { get; }

    /// <summary>Buyer's share of P2P network fees in [0, 1].</summary>
    public double BuyerFeeShare { get; }

    /// <summary>Remaining quantities at or below this count as filled.</summary>
    public EnergyKWh FilledThreshold { get; }

    /// <summary>True when partners come from the agents' actions.</summary>
    public bool EnablePartnerPreference { get; }

    /// <summary>Proof-of-work difficulty of the trade log.</summary>
    public int LedgerDifficulty { get; }
}
