using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Reputation;

namespace EnergyCoSim.Market.Tests.Reputation;

public sealed class ReputationHandlerTests
{
    private const double Initial = 0.3745; // MARLEM's reset(seed 42), passed explicitly: our stream is not numpy's.
    private static readonly PriceUsdPerMWh ClearingPrice = new(0.225);
    private static readonly string[] Agents = ["agent_0", "agent_1", "agent_2"];

    private static Trade T(string buyer, string seller, double price, double quantity)
    {
        var stage = buyer == MarketParticipants.DsoId || seller == MarketParticipants.DsoId ? TradeStage.DsoFallback : TradeStage.DoubleAuction;
        return new Trade(buyer, seller, new PriceUsdPerMWh(price), new EnergyKWh(quantity), 1.0, stage);
    }

    // Spec §12 item 8, first round: three trades, agent_1 and agent_2 each with one unmatched order, grid balance 5.
    private static readonly Trade[] Round0 = [T("agent_0", "agent_1", 0.22, 25), T("agent_2", "DSO", 0.24, 30), T("DSO", "agent_0", 0.21, 20)];

    private static readonly (Trade[] Trades, string[] Unmatched, double Balance, double TimeOfDay)[] Rounds =
    [
        (Round0, ["agent_1", "agent_2"], 5.0, 0.5),
        ([T("agent_0", "agent_2", 0.225, 40)], ["agent_1"], -10.0, 0.5),
        ([T("agent_1", "DSO", 0.22, 35), T("DSO", "agent_2", 0.23, 25)], [], 2.0, 0.7),
        ([T("agent_0", "agent_1", 0.24, 30)], ["agent_2"], 0.0, 0.9),
    ];

    private static Dictionary<string, double> Play(ReputationHandler handler, int rounds)
    {
        var rep = Agents.ToDictionary(a => a, _ => Initial);
        foreach (var (trades, unmatched, balance, tod) in Rounds.Take(rounds))
        {
            rep = rep.ToDictionary(
                kv => kv.Key,
                kv => handler.Update(kv.Value, ReputationEvidence.ForAgent(kv.Key, trades, unmatched.Count(u => u == kv.Key), ClearingPrice, new EnergyKWh(balance)), tod));
        }

        return rep;
    }

    [Fact]
    public void Update_SpecItem8FirstRound_MarlemDsoScoreReproducesReference()
    {
        var rep = Play(new ReputationHandler(dsoTradeGridScore: 0.5), 1);

        // agent_0: reliability 1, fairness 1 − (0.02222 + 0.06667)/2, grid ((1 + 0.5)/2 + 1)/2 = 0.875 → 0.5·0.3745 + 0.5·0.92861.
        Assert.Equal(0.652, rep["agent_0"], 3);
        Assert.Equal(0.360, rep["agent_1"], 3);
        Assert.Equal(0.543, rep["agent_2"], 3);
    }

    [Fact]
    public void Update_SpecItem8FirstRound_DsoTradeNeutralCorrected()
    {
        var rep = Play(new ReputationHandler(), 1);

        // Corrected (DSO trade scores 0): agent_0 grid ((1 + 0)/2 + 1)/2 = 0.75 → calc 0.86611 → 0.62031 (MARLEM 0.652).
        Assert.Equal(0.6203055556, rep["agent_0"], 9);
        // agent_1 has no DSO trade: unchanged from MARLEM, 0.5·0.3745 + 0.5·(0.15 + 0.19556 + 0) = 0.36003.
        Assert.Equal(0.3600277778, rep["agent_1"], 9);
        // agent_2 only traded with the DSO: grid (0 + 1)/2 = 0.5 → calc 0.58667 → 0.48058 (MARLEM 0.543).
        Assert.Equal(0.4805833333, rep["agent_2"], 9);
    }

    [Fact]
    public void Update_SpecItem8FourRoundsCorrected_HandComputedAndRankingChanges()
    {
        var handler = new ReputationHandler();
        var initialRanking = ReputationHandler.Rank(Agents.Select(a => new AgentReputation(a, Initial)));

        var rep = Play(handler, 4);

        // Round 3 has a balanced grid (0): every grid term is 0; agent_2 has 0 trades and one unmatched order.
        Assert.Equal(0.5615629167, rep["agent_0"], 9);
        Assert.Equal(0.4986254167, rep["agent_1"], 9);
        Assert.Equal(0.70268375, rep["agent_2"], 9);
        Assert.Equal(["agent_0", "agent_1", "agent_2"], initialRanking.Select(r => r.AgentId).ToArray());
        var ranking = ReputationHandler.Rank(rep.Select(kv => new AgentReputation(kv.Key, kv.Value)));
        Assert.Equal(["agent_2", "agent_0", "agent_1"], ranking.Select(r => r.AgentId).ToArray());
    }

    [Fact]
    public void Update_NoTradeInTheWholeMarket_ReputationUnchanged()
    {
        var e = ReputationEvidence.ForAgent("a", [], 3, ClearingPrice, new EnergyKWh(5));
        Assert.Equal(0.42, new ReputationHandler().Update(0.42, e, 0.1));
    }

    [Fact]
    public void Score_AgentWithoutTradesOrOrders_AllComponentsHalf()
    {
        var e = ReputationEvidence.ForAgent("idle", [T("x", "y", 1, 1)], 0, ClearingPrice, new EnergyKWh(5));
        Assert.Equal(0.5, new ReputationHandler().Score(e), 12);
    }

    [Fact]
    public void InitialReputation_SameStream_SameDrawInUnitInterval()
    {
        var a = ReputationHandler.InitialReputation(new RandomStream(42));
        Assert.Equal(a, ReputationHandler.InitialReputation(new RandomStream(42)));
        Assert.InRange(a, 0, 1);
    }

    [Fact]
    public void Weights_NotSummingToOneAndOutOfRange_AllReported()
    {
        Assert.Throws<ValidationException>(() => new ReputationWeights(0.3, 0.3, 0.5));
        var ex = Assert.Throws<ValidationException>(() => new ReputationWeights(-0.1, 1.5, 0.5));
        Assert.Equal(["reputation.reliability_weight", "reputation.fairness_weight"], ex.Violations.Select(v => v.Field).ToArray());
    }

    [Fact]
    public void Weights_DecimalsWithBinaryRoundOff_Accepted() => Assert.Equal(0.7, new ReputationWeights(0.1, 0.2, 0.7).Grid);
}
