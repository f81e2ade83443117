using EnergyCoSim.Core.Errors;
using EnergyCoSim.Market.Dso;

namespace EnergyCoSim.Market.Tests.Dso;

public sealed class DsoTariffProfileTests
{
    [Fact]
    public void Lookups_StepFive_ReturnTheProfileEntriesAndTheirMid()
    {
        var profile = new DsoTariffProfile([60, 60, 60, 60, 60, 70, 60], [250, 250, 250, 250, 250, 280, 250]);

        Assert.Equal(70, profile.FeedInTariff(5).Value);
        Assert.Equal(280, profile.UtilityPrice(5).Value);
        Assert.Equal(175, profile.MidPrice(5).Value);
    }

    [Fact]
    public void Constructor_BadEntries_ReportsEveryOneWithItsIndex()
    {
        var ex = Assert.Throws<ValidationException>(() => new DsoTariffProfile([50, double.NaN, 300, -1], [100, 100, 200]));

        Assert.Equal(
            ["utility_price", "feed_in_tariff[1]", "feed_in_tariff[3]", "utility_price[2]"],
            ex.Violations.Select(v => v.Field));
        Assert.Contains("feed_in_tariff[2] (300)", ex.Violations[3].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Empty_IsRejected()
    {
        var ex = Assert.Throws<ValidationException>(() => new DsoTariffProfile([], []));

        Assert.Equal(["feed_in_tariff", "utility_price"], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void FeedInTariff_StepOutsideProfile_ThrowsValidationNamingTheRange()
    {
        var profile = new DsoTariffProfile([50, 50], [100, 100]);

        var ex = Assert.Throws<ValidationException>(() => profile.FeedInTariff(2));
        Assert.Contains("[0, 1]", ex.Message, StringComparison.Ordinal);
    }
}
