namespace EnergyCoSim.Fmi.Tests;

/// <summary>The Household FMU against its closed form: PV half-sine between sunrise and sunset, load raised cosine.</summary>
public sealed class HouseholdTests
{
    private const uint Peak = 0, Limit = 5, Pv = 6, Load = 7, Net = 8, Day = 100, Daylight = 200, Site = 300;

    public static TheoryData<FmiVersion> Versions => TestFmus.Versions;

    [Theory]
    [MemberData(nameof(Versions))]
    public void Step_OverTwoDays_OutputsMatchClosedForm(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Household", version));
        using var house = fmu.Instantiate("house");
        TestFmus.Initialize(house, () => house.SetReal([Peak], [4.0]));
        var day = new long[1];
        var light = new bool[1];
        const double h = 900;
        for (var k = 0; k < 192; k++)
        {
            house.DoStep(k * h, h);
            var t = (k + 1) * h;
            var s = t % 86400;
            var pv = s is >= 21600 and <= 64800 ? 4.0 * Math.Sin(Math.PI * (s - 21600) / 43200) : 0.0;
            var load = 0.5 + (0.3 * (1 - Math.Cos(2 * Math.PI * s / 86400)) / 2);
            Assert.Equal(pv, TestFmus.Real(house, Pv), 12);
            Assert.Equal(load, TestFmus.Real(house, Load), 12);
            Assert.Equal(load - pv, TestFmus.Real(house, Net), 12);
            house.GetInteger([Day], day);
            house.GetBoolean([Daylight], light);
            Assert.Equal((long)Math.Floor(t / 86400), day[0]);
            Assert.Equal(s is >= 21600 and <= 64800, light[0]);
        }
    }

    [Fact]
    public void GetReal_Fmi3IndependentVariable_IsTheCurrentTime()
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Household", FmiVersion.Fmi3));
        using var house = fmu.Instantiate("house");
        var time = house.Description.GetVariable("time");
        Assert.Equal(Core.Components.VariableCausality.Independent, time.Causality);
        TestFmus.Initialize(house);
        house.DoStep(0, 900);
        house.DoStep(900, 450);
        Assert.Equal(1350.0, TestFmus.Real(house, time.Reference));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void SetInput_CurtailmentLimit_CapsPvAtNoon(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Household", version));
        using var house = fmu.Instantiate("house");
        TestFmus.Initialize(house);
        house.SetReal([Limit], [1.5]);
        house.DoStep(0, 43200);
        Assert.Equal(1.5, TestFmus.Real(house, Pv), 12);
        Assert.Equal(0.5 + 0.3 - 1.5, TestFmus.Real(house, Net), 12);
        var site = new string[1];
        house.GetString([Site], site);
        Assert.Equal("home", site[0]);
    }
}
