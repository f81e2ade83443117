using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Dso;
using static EnergyCoSim.Market.Tests.TestSupport.MarketFixtures;

namespace EnergyCoSim.Market.Tests.Dso;

public sealed class DsoTariffOverrideTests
{
    [Fact]
    public void ClearUnmatched_TariffsOverriddenForTheInterval_SettlesAtTheOverride()
    {
        var dso = NewDso(fit: 70, up: 280, steps: 3);
        dso.OverrideTariffs(1, new PriceUsdPerMWh(50), new PriceUsdPerMWh(300));

        var clearing = dso.ClearUnmatched(1, [Buy("a", 300, 4)], [Sell("c", 70, 10)]);

        // 4 kWh sold at 300 $/MWh − 10 kWh bought at 50 $/MWh = 1.2 − 0.5 USD.
        Assert.Equal([50.0, 300.0], clearing.Trades.Select(t => t.Price.Value));
        Assert.Equal(0.7, clearing.Profit.Value, 12);
        Assert.Equal(175, dso.MarketPrice(1).Value);
    }

    [Fact]
    public void OverrideTariffs_OnlyFeedIn_KeepsTheProfileUtilityAndOtherIntervals()
    {
        var dso = NewDso(fit: 70, up: 280, steps: 3);

        dso.OverrideTariffs(2, new PriceUsdPerMWh(90), null);

        Assert.Equal(90, dso.FeedInTariff(2).Value);
        Assert.Equal(280, dso.UtilityPrice(2).Value);
        Assert.Equal(70, dso.FeedInTariff(1).Value);
        Assert.Equal(175, dso.MarketPrice(1).Value);
    }

    [Fact]
    public void OverrideTariffs_FeedInAboveUtility_FailsNamingFieldValueAndBound()
    {
        var dso = NewDso(fit: 70, up: 280, steps: 3);

        var error = Assert.Throws<ValidationException>(() => dso.OverrideTariffs(0, new PriceUsdPerMWh(400), null));

        Assert.Contains(error.Violations, v => v.Field == "utility_usd_per_mwh" && v.Value == "280" && v.Description.Contains("feed-in tariff 400", StringComparison.Ordinal));
        Assert.Equal(70, dso.FeedInTariff(0).Value);
    }

    [Fact]
    public void Restore_SnapshotBeforeOverride_DropsIt()
    {
        var dso = NewDso(fit: 70, up: 280, steps: 3);
        var before = dso.Snapshot();
        dso.OverrideTariffs(0, new PriceUsdPerMWh(10), new PriceUsdPerMWh(20));
        var after = dso.Snapshot();

        dso.Restore(before);
        Assert.Equal(70, dso.FeedInTariff(0).Value);
        dso.Restore(after);
        Assert.Equal(20, dso.UtilityPrice(0).Value);
    }
}
