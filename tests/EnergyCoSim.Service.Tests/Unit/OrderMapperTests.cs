using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Service.Mapping;

namespace EnergyCoSim.Service.Tests.Unit;

public sealed class OrderMapperTests
{
    private static readonly string[] Agents = ["a", "b", "c"];

    [Theory]
    [InlineData("b", 1)]
    [InlineData("DSO", 3)]
    [InlineData("", 4)]
    public void ToAction_Partner_IsTheEnvironmentsPartnerIndex(string partner, double expected)
    {
        var (agent, action) = OrderMapper.ToAction(Agents, "DSO", new OrderSpec { AgentId = "c", Side = OrderSide.Sell, PriceUsdPerMwh = 90, QuantityKwh = 2, PartnerId = partner }, 0);

        Assert.Equal(2, agent);
        Assert.Equal(expected, action.PartnerIndex);
        Assert.False(action.IsBuy);
        Assert.Equal(90, action.PriceUsdPerMWh);
        Assert.Equal(2, action.QuantityKWh);
    }

    [Fact]
    public void ToAction_UnspecifiedSide_NamesTheField()
    {
        var ex = Assert.Throws<ValidationException>(() => OrderMapper.ToAction(Agents, "DSO", new OrderSpec { AgentId = "a" }, 3));

        Assert.Equal("orders[3].side", Assert.Single(ex.Violations).Field);
    }
}
