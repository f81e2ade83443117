using EnergyCoSim.Core.Errors;
using EnergyCoSim.Market.Configuration;
using EnergyCoSim.Market.Pricing;

namespace EnergyCoSim.Market.Tests.Configuration;

public sealed class MarketConfigTests
{
    [Fact]
    public void Constructor_Defaults_AreTheSpecDefaultsPlusEnergyCoSimSettings()
    {
        var config = new MarketConfig();

        Assert.Equal(0, config.MinPrice.Value);
        Assert.Equal(1000, config.MaxPrice.Value);
        Assert.Equal(0, config.MinQuantity.Value);
        Assert.Equal(1000, config.MaxQuantity.Value);
        Assert.Equal(ClearingMechanism.Average, config.Mechanism);
        Assert.Equal(2, config.LedgerDifficulty);
        Assert.False(config.EnablePartnerPreference);
        Assert.Equal(1e-6, config.FilledThreshold.Value);
        Assert.Equal(0.5, config.BidAskFactor);
        Assert.Equal(0.03, config.LossFactor);
        Assert.Equal(0.5, config.BuyerFeeShare);
    }

    [Fact]
    public void Constructor_EveryRuleBroken_ReportsAllViolationsAtOnceWithRanges()
    {
        var ex = Assert.Throws<ValidationException>(() => new MarketConfig(
            minPrice: 500,
            maxPrice: 100,
            minQuantity: -1,
            mechanism: (ClearingMechanism)42,
            bidAskFactor: 1.5,
            lossFactor: double.NaN,
            buyerFeeShare: -0.1,
            filledThresholdKWh: -1e-3,
            ledgerDifficulty: 0));

        Assert.Equal(
            ["max_price", "min_quantity", "mechanism", "bid_ask_factor", "loss_factor", "buyer_fee_share", "filled_threshold_kwh", "ledger_difficulty"],
            ex.Violations.Select(v => v.Field));
        Assert.Contains("is outside [0, 1]", ex.Violations.Single(v => v.Field == "bid_ask_factor").Description, StringComparison.Ordinal);
        Assert.Equal("1.5", ex.Violations.Single(v => v.Field == "bid_ask_factor").Value);
        Assert.Contains("must be > min_price (500)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MaxQuantityNotAboveMin_IsRejected()
    {
        var ex = Assert.Throws<ValidationException>(() => new MarketConfig(minQuantity: 10, maxQuantity: 10));

        Assert.Equal("max_quantity", Assert.Single(ex.Violations).Field);
    }
}
