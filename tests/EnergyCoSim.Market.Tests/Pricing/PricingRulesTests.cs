using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Pricing;

namespace EnergyCoSim.Market.Tests.Pricing;

public sealed class PricingRulesTests
{
    [Theory]
    [InlineData(ClearingMechanism.Average, 0.225)]
    [InlineData(ClearingMechanism.Buyer, 0.250)]
    [InlineData(ClearingMechanism.Seller, 0.200)]
    [InlineData(ClearingMechanism.BidAskSpread, 0.215)]
    [InlineData(ClearingMechanism.NashBargaining, 0.225)]
    [InlineData(ClearingMechanism.ProportionalSurplus, 0.225)]
    public void Price_SpecUnitCase_MatchesTestMechanismFigures(ClearingMechanism mechanism, double expected)
    {
        var price = PricingRules.Price(mechanism, new PriceUsdPerMWh(0.25), new PriceUsdPerMWh(0.20), new PriceUsdPerMWh(0.225), bidAskFactor: 0.3);

        Assert.Equal(expected, price.Value, 12);
    }

    [Fact]
    public void Price_Seller_Corrected_ReturnsTheSellPriceNotTheBuyPrice()
    {
        Assert.Equal(100, PricingRules.Price(ClearingMechanism.Seller, new PriceUsdPerMWh(150), new PriceUsdPerMWh(100), new PriceUsdPerMWh(125), 0.5).Value);
    }

    [Theory]
    [InlineData(0.0, 100)]
    [InlineData(0.5, 125)]
    [InlineData(1.0, 150)]
    [InlineData(3.0, 150)]
    public void Price_BidAskSpread_Corrected_UsesTheConfiguredFactorNotTheReferencePrice(double k, double expected)
    {
        Assert.Equal(expected, PricingRules.Price(ClearingMechanism.BidAskSpread, new PriceUsdPerMWh(150), new PriceUsdPerMWh(100), new PriceUsdPerMWh(300), k).Value);
    }

    [Theory]
    [InlineData(125, 125)]
    [InlineData(50, 150)]
    [InlineData(110, 140)]
    public void Price_ProportionalSurplus_SplitsTheSpreadByDistanceToTheReference(double reference, double expected)
    {
        // m = 110: buyer surplus 40, seller surplus 10 → 100 + 40/50·50 = 140.
        Assert.Equal(expected, PricingRules.Price(ClearingMechanism.ProportionalSurplus, new PriceUsdPerMWh(150), new PriceUsdPerMWh(100), new PriceUsdPerMWh(reference), 0.5).Value, 12);
    }

    [Theory]
    [InlineData(ClearingMechanism.NashBargaining)]
    [InlineData(ClearingMechanism.ProportionalSurplus)]
    public void Price_CrossedLimits_FallsBackToTheMidpoint(ClearingMechanism mechanism)
    {
        Assert.Equal(110, PricingRules.Price(mechanism, new PriceUsdPerMWh(100), new PriceUsdPerMWh(120), new PriceUsdPerMWh(50), 0.5).Value);
    }
}
