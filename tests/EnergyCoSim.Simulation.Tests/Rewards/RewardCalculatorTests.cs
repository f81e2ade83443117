using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Simulation.Analytics;
using EnergyCoSim.Simulation.Rewards;

namespace EnergyCoSim.Simulation.Tests.Rewards;

public sealed class RewardCalculatorTests
{
    private static readonly Order BuyTen = new("o", "a", new PriceUsdPerMWh(150), new EnergyKWh(10), OrderSide.Buy, 0.5);

    [Fact]
    public void NoTradeReward_IsCompressedMinusFive() =>
        Assert.Equal(-20 * Math.Log(1.25), RewardCalculator.NoTradeReward, 12); // −4.462871… (spec §8.4 step 0)

    [Theory]
    [InlineData(0, 0)]
    [InlineData(20, 20 * 0.6931471805599453)]
    [InlineData(-60, -20 * 1.3862943611198906)]
    public void Compress_KnownPoints_MatchDefinition(double x, double expected) =>
        Assert.Equal(expected, RewardCalculator.Compress(x), 12);

    [Fact]
    public void Compute_P2POnlyBeatsMixedBeatsDsoOnlyBeatsNoTrade()
    {
        var p2p = Reward([Trade("s", 10, TradeStage.DoubleAuction, 120)], gridBalance: 0);
        var mixed = Reward([Trade("s", 5, TradeStage.DoubleAuction, 120), Trade(MarketParticipants.DsoId, 5, TradeStage.DsoFallback, 200)], gridBalance: 5);
        var dsoOnly = Reward([Trade(MarketParticipants.DsoId, 10, TradeStage.DsoFallback, 200)], gridBalance: 10);

        Assert.True(p2p > mixed, $"P2P {p2p} should beat mixed {mixed}");
        Assert.True(mixed > dsoOnly, $"mixed {mixed} should beat DSO-only {dsoOnly}");
        Assert.True(dsoOnly > RewardCalculator.NoTradeReward, $"DSO-only {dsoOnly} should beat no trade");
    }

    [Fact]
    public void Compute_TerminalWithUnmetDemand_CorrectedPenaltyFires()
    {
        // decisions.md §8.4: the terminal penalty fires on the last step (MARLEM never reaches it).
        var trades = new[] { Trade("s", 10, TradeStage.DoubleAuction, 120) };
        var normal = Reward(trades, 0);
        var terminal = RewardCalculator.Compute(Input(trades, 0) with { IsTerminal = true, TotalDemandKWh = 100, CumulativeDemandSatisfiedKWh = 75 });
        var satisfied = RewardCalculator.Compute(Input(trades, 0) with { IsTerminal = true, TotalDemandKWh = 100, CumulativeDemandSatisfiedKWh = 100 });

        Assert.True(terminal < normal);
        Assert.Equal(normal, satisfied, 12);
        // 25 % unmet → dem_pen = 15·0.0625; raw = boosted − dem_pen·0.3·|boosted| / 15 = boosted·(1 − 0.01875).
        var boosted = Uncompress(normal);
        Assert.Equal(RewardCalculator.Compress(boosted * (1 - 0.01875)), terminal, 9);
    }

    private static double Uncompress(double r) => Math.Sign(r) * 20 * (Math.Exp(Math.Abs(r) / 20) - 1);

    private static double Reward(IReadOnlyList<Trade> trades, double gridBalance) => RewardCalculator.Compute(Input(trades, gridBalance));

    private static RewardInput Input(IReadOnlyList<Trade> trades, double gridBalance) => new()
    {
        AgentId = "a",
        Order = BuyTen,
        AgentTrades = trades,
        GridBalance = gridBalance,
        GridCapacityKW = 100,
        PreviousAgentBalance = 0,
        ClearingPrice = trades.Sum(t => t.Price.Value * t.Quantity.Value) / trades.Sum(t => t.Quantity.Value),
        FeedInTariff = 50,
        UtilityPrice = 200,
        MinPrice = 35,
        MaxPrice = 280,
        Kpis = new CooperationKpis { CoordinationScore = 0.9, DerSelfConsumption = trades.Count(t => !t.IsDsoTrade) / (double)trades.Count },
    };

    private static Trade Trade(string seller, double q, TradeStage stage, double price) =>
        new("a", seller, new PriceUsdPerMWh(price), new EnergyKWh(q), 0.5, stage);
}
