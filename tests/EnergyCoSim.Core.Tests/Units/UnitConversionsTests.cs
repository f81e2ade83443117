using EnergyCoSim.Core.Time;
using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Core.Tests.Units;

public sealed class UnitConversionsTests
{
    [Fact]
    public void ValueOf_PriceTimesKWh_IsDividedByThousand()
    {
        // 25 kWh at 225 $/MWh = 5.625 $ (decisions.md: value = price · quantity / 1000).
        var money = new PriceUsdPerMWh(225).ValueOf(new EnergyKWh(25));
        Assert.Equal(5.625, money.Value, 12);
    }

    [Fact]
    public void Over_EnergyPerQuarterHour_IsFourTimesAsPower()
    {
        var power = new EnergyKWh(10).Over(new SimulationDuration(900), TimeResolution.Second);
        Assert.Equal(new PowerKW(40), power);
    }

    [Fact]
    public void Operators_ArithmeticAndComparison_BehaveLikeDoubles()
    {
        var a = new EnergyKWh(3);
        var b = new EnergyKWh(5);
        Assert.Equal(new EnergyKWh(8), a + b);
        Assert.Equal(new EnergyKWh(-2), a - b);
        Assert.Equal(0.6, a / b, 12);
        Assert.True(a < b);
        Assert.Equal(a, EnergyKWh.Min(a, b));
        Assert.Equal("3 kWh", a.ToString());
    }
}
