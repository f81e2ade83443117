using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Agents.Prosumers;
using EnergyCoSim.Agents.Storage;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Agents.Tests.Prosumers;

public sealed class ProsumerAgentActionTests
{
    // Spec §12 item 4 (tests/test_der.py): profiles repeated 4 times, market quantities 1–100.
    private static readonly double[] Generation = Enumerable.Repeat(new[] { 10.0, 20, 30, 25, 15, 5 }, 4).SelectMany(x => x).ToArray();
    private static readonly double[] Demand = Enumerable.Repeat(new[] { 15.0, 10, 12, 18, 25, 20 }, 4).SelectMany(x => x).ToArray();
    private static readonly ActionBounds Bounds = new(new PriceUsdPerMWh(0), new PriceUsdPerMWh(1000), new EnergyKWh(1), new EnergyKWh(100));

    private static ProsumerAgent SpecItem4Agent()
    {
        var spec = new ProsumerAgentSpec("test_agent_1", new PowerKW(100), "800", new BatterySpec(new EnergyKWh(50), 0.1, 0.9));
        var agent = new ProsumerAgent(spec, TimeSpan.FromHours(1));
        agent.Reset(new EnergyProfile(Generation), new EnergyProfile(Demand), 0.5, new RandomStream(42));
        // MARLEM's seed-42 draw: 0.1·50 + 0.8·50·0.3745 = 19.98 kWh; our stream differs, so set it explicitly.
        agent.Battery!.SetEnergyLevel(new EnergyKWh(19.982));
        return agent;
    }

    [Fact]
    public void AdjustAction_BuyNettedAgainstGenerationAndDischarge_SpecItem4()
    {
        var agent = SpecItem4Agent();

        var intent = agent.AdjustAction(5, new AgentAction(250, 40, 1.0, 0), Bounds);

        // x = 40 − G(5) = 35; minus dischargeable 19.982 − 5 = 14.982 → 20.018.
        Assert.Equal(OrderSide.Buy, intent.Side);
        Assert.Equal(20.018, intent.Quantity.Value, 9);
        Assert.Equal(250.0, intent.Price.Value);
    }

    [Fact]
    public void AdjustAction_SellAboveMaximum_ClampedToUpperBound_SpecItem4()
    {
        var intent = SpecItem4Agent().AdjustAction(5, new AgentAction(300, 150, 0.0, 0), Bounds);

        // x = 150 − D(20) = 130; minus chargeable 45 − 19.982 = 25.018 → 104.982 → clamped to 100.
        Assert.Equal(OrderSide.Sell, intent.Side);
        Assert.Equal(100.0, intent.Quantity.Value);
    }

    [Fact]
    public void AdjustAction_SmallBuyNettedToZero_ClampedToMinimum_SpecItem4()
    {
        var intent = SpecItem4Agent().AdjustAction(5, new AgentAction(200, 0.5, 1.0, 0), Bounds);

        Assert.Equal(1.0, intent.Quantity.Value);
    }

    [Fact]
    public void TotalDemandRequired_SpecItem4Profiles_Is400() => Assert.Equal(400.0, SpecItem4Agent().TotalDemandRequired.Value);

    [Fact]
    public void AdjustAction_IsBuyBelowHalf_UsesSellBranchCorrected()
    {
        var agent = new ProsumerAgent(new ProsumerAgentSpec("a", new PowerKW(50)), TimeSpan.FromHours(1));
        agent.Reset(new EnergyProfile([30.0]), new EnergyProfile([10.0]), 0.5, new RandomStream(1));

        var intent = agent.AdjustAction(0, new AgentAction(100, 40, 0.3, 2), Bounds);

        // MARLEM took the buy branch for any non-zero is_buy: 40 − G 30 = 10. Corrected: sell branch, 40 − D 10 = 30.
        Assert.Equal(OrderSide.Sell, intent.Side);
        Assert.Equal(30.0, intent.Quantity.Value);
        Assert.Equal(2, intent.PartnerIndex);
    }

    [Fact]
    public void AdjustAction_PriceOutsideBounds_Clamped()
    {
        var bounds = new ActionBounds(new PriceUsdPerMWh(35), new PriceUsdPerMWh(280), new EnergyKWh(0.1), new EnergyKWh(200));
        var agent = new ProsumerAgent(new ProsumerAgentSpec("a", new PowerKW(50)), TimeSpan.FromHours(1));
        agent.Reset(new EnergyProfile([0.0]), new EnergyProfile([0.0]), 0.5, new RandomStream(1));

        Assert.Equal(280.0, agent.AdjustAction(0, new AgentAction(900, 5, 0.9, 0), bounds).Price.Value);
        Assert.Equal(35.0, agent.AdjustAction(0, new AgentAction(1, 5, 0.9, 0), bounds).Price.Value);
    }

    [Fact]
    public void AdjustAction_BatteryAvailability_IsWhatTheBusCanExchange()
    {
        var spec = new ProsumerAgentSpec("a", new PowerKW(50), battery: new BatterySpec(new EnergyKWh(20), 0, 1, 1, 0.5));
        var agent = new ProsumerAgent(spec, TimeSpan.FromHours(1));
        agent.Reset(new EnergyProfile([0.0]), new EnergyProfile([0.0]), 0.5, new RandomStream(1));
        agent.Battery!.SetEnergyLevel(new EnergyKWh(10));

        var intent = agent.AdjustAction(0, new AgentAction(100, 30, 1.0, 0), Bounds);

        // 10 kWh stored at η_d 0.5 delivers 5 kWh at the bus: 30 − 5 = 25.
        Assert.Equal(25.0, intent.Quantity.Value, 12);
    }

    [Fact]
    public void ActionBounds_Inverted_ReportsBoth()
    {
        var ex = Assert.Throws<Core.Errors.ValidationException>(() =>
            new ActionBounds(new PriceUsdPerMWh(10), new PriceUsdPerMWh(5), new EnergyKWh(-1), new EnergyKWh(5)));

        Assert.Equal(["market.max_price", "market.min_quantity"], ex.Violations.Select(v => v.Field).ToArray());
    }

    [Fact]
    public void CreateOrder_FromIntent_CarriesSideNodeAndPartner()
    {
        var agent = SpecItem4Agent();
        var intent = agent.AdjustAction(5, new AgentAction(250, 40, 1.0, 0), Bounds);

        var order = agent.CreateOrder(5, intent, 0.25, "agent_2");

        Assert.Equal("test_agent_1_5_0.25", order.Id);
        Assert.Equal(OrderSide.Buy, order.Side);
        Assert.Equal(intent.Quantity, order.Quantity);
        Assert.Equal("800", order.NodeId);
        Assert.Equal("agent_2", order.PartnerId);
    }
}
