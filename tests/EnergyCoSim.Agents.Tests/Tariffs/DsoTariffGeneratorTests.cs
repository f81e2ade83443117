using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Agents.Tariffs;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Agents.Tests.Tariffs;

public sealed class DsoTariffGeneratorTests
{
    private static readonly DsoTariffGenerator Case5 = new(35, 280);

    [Fact]
    public void EnforcePriceRelationship_TooCloseOrInverted_HandComputed()
    {
        // Gap = 0.05 · (280 − 35) = 12.25 $/MWh.
        var t = Case5.EnforcePriceRelationship([100, 275, 50], [105, 276, 200]);

        Assert.Equal(12.25, Case5.Gap, 12);
        Assert.Equal([100.0, 267.8, 50.0], t.FeedIn.Values); // 280 − 12.25 = 267.75 → rounded to 1 decimal (half to even)
        Assert.Equal([112.2, 280.0, 200.0], t.Utility.Values); // 112.25 rounds to even
    }

    [Fact]
    public void Generate_Random_WithinRangeGapEnforcedAndReproducible()
    {
        var a = Case5.Generate(24, new RandomStream(42));
        var b = Case5.Generate(24, new RandomStream(42));

        Assert.Equal(a.FeedIn.Values, b.FeedIn.Values);
        Assert.Equal(a.Utility.Values, b.Utility.Values);
        for (var i = 0; i < 24; i++)
        {
            Assert.InRange(a.FeedIn[i].Value, 35, 280);
            Assert.InRange(a.Utility[i].Value, 35, 280);
            Assert.True(a.Utility[i].Value >= a.FeedIn[i].Value + Case5.Gap - 0.05, $"step {i}");
        }
    }

    [Fact]
    public void Generate_FromCsvShapes_RescaledIntoTheRange()
    {
        var table = CsvProfileTable.Parse("p\n0\n0.5\n1\n", "fit.csv");

        var t = Case5.Generate(3, new RandomStream(7), TariffSource.Csv(table, ProfileColumn.ByIndex(0)), TariffSource.FromValues([200.0, 210, 220]));

        Assert.All(t.FeedIn.Values, v => Assert.InRange(v, 35, 0.9 * 280));
        Assert.All(t.Utility.Values, v => Assert.InRange(v, 35, 280));
        Assert.Equal([200.0, 210.0, 220.0], t.Utility.Values);
    }

    [Fact]
    public void Constructor_InvalidRange_ReportsAll()
    {
        var ex = Assert.Throws<ValidationException>(() => new DsoTariffGenerator(-1, double.NaN, -2));
        Assert.Equal(["dso.min_price", "dso.max_price", "dso.decimals"], ex.Violations.Select(v => v.Field).ToArray());
    }
}
