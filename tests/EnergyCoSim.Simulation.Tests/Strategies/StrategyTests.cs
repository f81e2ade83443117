using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Simulation.Tests.Strategies;

public sealed class StrategyTests
{
    private static readonly ActionBox Box = ActionBox.For(35, 280, 0.1, 200, capacityKW: 60, peakDemandKWh: 30, agentCount: 7);

    [Fact]
    public void ZeroIntelligence_ManyDraws_StayInsideTheBoxAndCoverIt()
    {
        var strategy = new ZeroIntelligenceStrategy();
        var ctx = Context(new RandomStreams(42).For("strategy", "a"), generation: 10, demand: 5);
        double minPrice = double.MaxValue, maxPrice = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var a = strategy.Decide(ctx);
            Assert.True(Box.Contains(a));
            minPrice = Math.Min(minPrice, a.PriceUsdPerMWh);
            maxPrice = Math.Max(maxPrice, a.PriceUsdPerMWh);
        }

        Assert.InRange(minPrice, 35, 40);
        Assert.InRange(maxPrice, 275, 280);
    }

    [Fact]
    public void ZeroIntelligence_SameSeed_SameActions()
    {
        var a = new ZeroIntelligenceStrategy().Decide(Context(new RandomStreams(1).For("strategy", "x"), 0, 0));
        var b = new ZeroIntelligenceStrategy().Decide(Context(new RandomStreams(1).For("strategy", "x"), 0, 0));
        Assert.Equal(a, b);
    }

    [Fact]
    public void RuleBased_Surplus_SellsBetweenTariffs()
    {
        var a = new RuleBasedStrategy().Decide(Context(new RandomStream(1), generation: 40, demand: 10, fit: 50, up: 100, meanUp: 150));
        Assert.False(a.IsBuy);
        Assert.InRange(a.PriceUsdPerMWh, 50, 200);
        Assert.Equal(40, a.QuantityKWh);                        // cheap hour: surplus goes to storage first
        Assert.Equal(8, a.PartnerIndex); // N + 1: no preferred partner
    }

    [Fact]
    public void RuleBased_DeficitInCheapHour_KeepsStorageAndBuysAboveMid()
    {
        var a = new RuleBasedStrategy(markup: 0.2).Decide(Context(new RandomStream(1), generation: 5, demand: 20, fit: 50, up: 100, meanUp: 150, discharge: 12));
        Assert.True(a.IsBuy);
        Assert.Equal(75 + (0.2 * 25), a.PriceUsdPerMWh, 12);   // mid 75 + 0.2 · half-spread 25
        Assert.Equal(32, a.QuantityKWh);                        // demand + what storage could cover, so storage is kept
    }

    [Fact]
    public void RuleBased_SurplusInExpensiveHour_SellsSurplusAndStorageBelowMid()
    {
        var a = new RuleBasedStrategy(markup: 0.2).Decide(Context(new RandomStream(1), generation: 40, demand: 10, fit: 50, up: 200, meanUp: 150, charge: 8, discharge: 5));
        Assert.False(a.IsBuy);
        Assert.Equal(125 - (0.2 * 75), a.PriceUsdPerMWh, 12);
        Assert.Equal(53, a.QuantityKWh);                        // generation + battery room + deliverable storage
    }

    [Fact]
    public void Validate_OutOfBoxAction_NamesEveryValue()
    {
        var ex = Assert.Throws<EnergyCoSim.Core.Errors.ValidationException>(() => Box.Validate("a1", new AgentAction(300, 0, 2, -1)));
        Assert.Equal(["actions[a1].price", "actions[a1].quantity", "actions[a1].side", "actions[a1].partner"], ex.Violations.Select(v => v.Field).ToArray());
    }

    [Fact]
    public void For_PureConsumer_HasAValidQuantityRange()
    {
        var box = ActionBox.For(50, 200, 0.1, 100, capacityKW: 0, peakDemandKWh: 0, agentCount: 6);
        Assert.Equal(0.1, box.MaxQuantity); // MARLEM: high 0 < low 0.1 (invalid box)
    }

    private static AgentDecisionContext Context(RandomStream random, double generation, double demand, double fit = 60, double up = 200, double meanUp = 150, double charge = 0, double discharge = 0) => new()
    {
        AgentId = "a",
        AgentIndex = 0,
        Step = 0,
        MaxSteps = 24,
        Box = Box,
        Observation = ReadOnlyMemory<float>.Empty,
        GenerationKWh = generation,
        DemandKWh = demand,
        AvailableChargeKWh = charge,
        AvailableDischargeKWh = discharge,
        FeedInTariff = fit,
        UtilityPrice = up,
        MeanUtilityPrice = meanUp,
        Random = random,
    };
}
