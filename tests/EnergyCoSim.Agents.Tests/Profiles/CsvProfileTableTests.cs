using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Agents.Tests.Profiles;

public sealed class CsvProfileTableTests
{
    [Fact]
    public void Parse_IntegersDecimalsAndExponents_AllAccepted()
    {
        var table = CsvProfileTable.Parse("profile_1,profile_2\n0,0.5\n1,1e-1\n", "demand.csv");

        Assert.Equal(["profile_1", "profile_2"], table.ColumnNames);
        Assert.Equal([0.0, 1.0], table.Column(0));
        Assert.Equal([0.5, 0.1], table.Column(1));
        Assert.Equal(2, table.RowCount);
    }

    [Fact]
    public void Parse_NaNInfinityAndEmptyCells_AllRejectedWithFileColumnAndRow()
    {
        var ex = Assert.Throws<ValidationException>(() =>
            CsvProfileTable.Parse("profile_1,profile_2,profile_3\n0.1,NaN,0.2\n0.3,0.4,\nInfinity,0.5,0.6\n", "utility_60min.csv"));

        var messages = ex.Violations.Select(v => v.ToString()).ToArray();
        Assert.Equal(3, messages.Length);
        Assert.Equal("utility_60min.csv: column 'profile_2', row 1 (line 2): NaN must be a finite number", messages[0]);
        Assert.Equal("utility_60min.csv: column 'profile_3', row 2 (line 3): is empty", messages[1]);
        Assert.StartsWith("utility_60min.csv: column 'profile_1', row 3 (line 4)", messages[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotANumber_Rejected()
    {
        var ex = Assert.Throws<ValidationException>(() => CsvProfileTable.Parse("a\nabc\n", "x.csv"));
        Assert.Equal("x.csv: column 'a', row 1 (line 2): abc is not a number", ex.Violations.Single().ToString());
    }

    [Fact]
    public void Load_MissingFile_NotFound() =>
        Assert.Throws<NotFoundException>(() => CsvProfileTable.Load(Path.Combine(Path.GetTempPath(), "no-such-profile.csv")));

    [Fact]
    public void Resolve_ByNameIndexOrRandom()
    {
        var table = CsvProfileTable.Parse("p1,p2,p3\n1,2,3\n", "t.csv");
        var r = new RandomStream(1);

        Assert.Equal(1, ProfileColumn.ByName("p2").Resolve(table, r));
        Assert.Equal(2, ProfileColumn.Parse("2").Resolve(table, r));
        Assert.Equal(0, ProfileColumn.Parse("p1").Resolve(table, r));
        var drawn = Enumerable.Range(0, 100).Select(_ => ProfileColumn.Random.Resolve(table, r)).ToHashSet();
        Assert.Equal(new HashSet<int> { 0, 1, 2 }, drawn);
        Assert.Throws<NotFoundException>(() => ProfileColumn.ByName("p9").Resolve(table, r));
        Assert.Throws<NotFoundException>(() => ProfileColumn.ByIndex(3).Resolve(table, r));
    }

    [Fact]
    public void CsvProfileSource_NoNoise_ScalesByCapacityRoundsAndSmooths()
    {
        var table = CsvProfileTable.Parse("p\n0.1\n0.2\n0.3\n0.4\n", "g.csv");
        var source = new CsvProfileSource(table, ProfileColumn.ByIndex(0));

        var values = source.Generate(4, 10, new RandomStream(1));

        // [1, 2, 3, 4] smoothed with window 3 and zero padding: [1, 2, 3, 2.3].
        Assert.Equal([1.0, 2.0, 3.0, 2.3], values);
    }

    [Fact]
    public void CsvProfileSource_WrongLength_Rejected()
    {
        var table = CsvProfileTable.Parse("p\n0.1\n0.2\n", "g.csv");
        Assert.Throws<ArgumentException>(() => CsvProfileSource.Generation(table, ProfileColumn.Random).Generate(24, 10, new RandomStream(1)));
    }
}
