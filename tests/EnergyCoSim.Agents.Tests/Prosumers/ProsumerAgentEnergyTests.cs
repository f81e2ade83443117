using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Agents.Prosumers;
using EnergyCoSim.Agents.Storage;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Agents.Tests.Prosumers;

public sealed class ProsumerAgentEnergyTests
{
    private static ProsumerAgent Agent(double[] generation, double[] demand, BatterySpec? battery = null, double startEnergy = -1)
    {
        var agent = new ProsumerAgent(new ProsumerAgentSpec("a", new PowerKW(50), battery: battery), TimeSpan.FromHours(1));
        agent.Reset(new EnergyProfile(generation), new EnergyProfile(demand), 0.5, new RandomStream(9));
        if (startEnergy >= 0)
        {
            agent.Battery!.SetEnergyLevel(new EnergyKWh(startEnergy));
        }

        return agent;
    }

    private static EnergyKWh E(double v) => new(v);

    [Fact]
    public void ApplyEnergy_SellingPartOfSurplus_ChargesTheRestCorrected()
    {
        var agent = Agent([10], [4], new BatterySpec(E(100), 0, 1), 50);

        var balance = agent.ApplyEnergy(0, E(0), E(2));

        // Physical: 10 − 4 + 0 − 2 = 4 kWh to store (MARLEM's G − D + sold − bought would have tried 8).
        Assert.Equal(4.0, balance.Charge.Value, 12);
        Assert.Equal(54.0, agent.Battery!.EnergyLevel.Value, 12);
        Assert.Equal(0.0, balance.Curtailment.Value);
        Assert.Equal(BatteryState.Charging, agent.Battery.State);
    }

    [Fact]
    public void ApplyEnergy_BoughtCoversDemand_BatteryIdleCorrected()
    {
        var agent = Agent([0], [5], new BatterySpec(E(100), 0, 1), 50);

        var balance = agent.ApplyEnergy(0, E(5), E(0));

        // MARLEM: 0 − 5 + 0 − 5 = −10 → a 10 kWh discharge for energy already bought.
        Assert.Equal(0.0, balance.Discharge.Value);
        Assert.Equal(50.0, agent.Battery!.EnergyLevel.Value);
        Assert.Equal(BatteryState.Idle, agent.Battery.State);
    }

    [Fact]
    public void ApplyEnergy_SurplusWithoutBattery_IsCurtailed()
    {
        var agent = Agent([10], [2]);

        var balance = agent.ApplyEnergy(0, E(0), E(3));

        Assert.Equal(5.0, balance.Curtailment.Value, 12);
        Assert.Equal(0.0, balance.Residual.Value, 12);
        Assert.Equal(5.0, agent.Curtailed.Value, 12);
    }

    [Fact]
    public void ApplyEnergy_DeficitBeyondBattery_ShortfallToDemandThenUndeliveredSales()
    {
        var agent = Agent([0], [5], new BatterySpec(E(10), 0.5, 1, 1, 0.5), 6);

        var balance = agent.ApplyEnergy(0, E(0), E(2));

        // Needs 7; battery reserve 1 kWh delivers 0.5 at η_d 0.5; shortfall 6.5 = 5 unserved demand + 1.5 undelivered sale.
        Assert.Equal(0.5, balance.Discharge.Value, 12);
        Assert.Equal(5.0, balance.UnservedDemand.Value, 12);
        Assert.Equal(1.5, balance.UndeliveredSale.Value, 12);
        Assert.Equal(0.0, balance.Residual.Value, 12);
    }

    [Fact]
    public void ApplyEnergy_TrackingCounters_FollowSpecSection13()
    {
        var agent = Agent([3, 8], [5, 2]);

        agent.ApplyEnergy(0, E(1), E(0));
        agent.ApplyEnergy(1, E(0), E(4));

        // Step 0: d_sat = min(5, 3 + 1) = 4, d_def = 1; used = min(5, 3) + 0 = 3, s_sat = 3, s_def = 0.
        // Step 1: d_sat = min(2, 8) = 2, d_def = 0; used = min(2, 8) + 4 = 6, s_sat = 6, s_def = 2.
        Assert.Equal(new EnergyTracking(E(6), E(1), E(9), E(2)), agent.Tracking);
        Assert.Equal(4.0, agent.NetPosition.Value); // sold − bought of the last interval
    }

    [Fact]
    public void CompleteInterval_TradesAndFees_SettleCashAndEnergy()
    {
        var agent = Agent([0], [10]);
        Trade[] trades =
        [
            new("a", "b", new PriceUsdPerMWh(100), E(10), 0.1, TradeStage.DoubleAuction, 1.2, E(0.3)),
            new(MarketParticipants.DsoId, "a", new PriceUsdPerMWh(40), E(5), 0.1, TradeStage.DsoFallback),
            new("c", "b", new PriceUsdPerMWh(999), E(7), 0.1, TradeStage.DoubleAuction),
        ];

        var balance = agent.CompleteInterval(0, trades, new MoneyUsd(0.05));

        // Bought 10 delivered minus 0.3 lost; sold 5 to the DSO. Cost 100·10/1000 = 1.0; revenue 40·5/1000 = 0.2.
        Assert.Equal(9.7, balance.Bought.Value, 12);
        Assert.Equal(5.0, balance.Sold.Value, 12);
        Assert.Equal(1.0, agent.Cash.PeerCost.Value, 12);
        Assert.Equal(0.2, agent.Cash.DsoRevenue.Value, 12);
        Assert.Equal(0.0, agent.Cash.PeerRevenue.Value);
        Assert.Equal(-0.85, agent.Profit.Value, 12);
        Assert.Equal(0.0, balance.Residual.Value, 12);
    }

    [Fact]
    public void Reset_NewEpisode_ClearsCashAndCounters()
    {
        var agent = Agent([5], [1]);
        agent.Settle(new AgentSettlement(new MoneyUsd(3), default, default, default, default));
        agent.ApplyEnergy(0, E(0), E(0));

        agent.Reset(new EnergyProfile([5.0]), new EnergyProfile([1.0]), 0.7, new RandomStream(9));

        Assert.Equal(0.0, agent.Profit.Value);
        Assert.Equal(default, agent.Tracking);
        Assert.Equal(0.0, agent.Curtailed.Value);
        Assert.Equal(0.7, agent.Reputation);
    }

    [Fact]
    public void Reset_ProfilesOfDifferentLength_Rejected() =>
        Assert.Throws<ArgumentException>(() => Agent([1, 2], [1]));

    [Fact]
    public void RemainingDemand_FromStep_SumsTheRest()
    {
        var agent = Agent([1, 2, 3], [4, 5, 6]);
        Assert.Equal(11.0, agent.RemainingDemand(1).Value);
        Assert.Equal(3.0, agent.RemainingSupply(2).Value);
    }

    [Fact]
    public void Reset_FromStreams_AgentsDifferAndRunsRepeat()
    {
        static ProsumerAgent Make(string id) =>
            new(new ProsumerAgentSpec(id, new PowerKW(60), battery: new BatterySpec(E(30), 0.1, 0.9)), TimeSpan.FromHours(1));

        var a1 = Make("agent_1");
        var a2 = Make("agent_2");
        var again = Make("agent_1");
        var streams = new RandomStreams(42);
        a1.Reset(streams, 0, 24, 0.5);
        a2.Reset(streams, 0, 24, 0.5);
        again.Reset(new RandomStreams(42), 0, 24, 0.5);

        Assert.Equal(a1.Generation.Values, again.Generation.Values);
        Assert.Equal(a1.Battery!.EnergyLevel, again.Battery!.EnergyLevel);
        Assert.NotEqual(a1.Generation.Values, a2.Generation.Values);
        Assert.NotEqual(a1.Battery.EnergyLevel, a2.Battery!.EnergyLevel);

        a1.Reset(streams, 1, 24, 0.5);
        Assert.NotEqual(again.Generation.Values, a1.Generation.Values);
    }

    [Fact]
    public void Reset_FromStreams_ShapingAppliedAtEveryReset()
    {
        var shaping = new ProfileShaping(0.5, [new ProfileWindow(8, 12, 1.3)], 0.1, 200);
        var spec = new ProsumerAgentSpec("m", new PowerKW(80), generation: new ProfileRecipe(new ConstantProfileSource(), shaping));
        var agent = new ProsumerAgent(spec, TimeSpan.FromHours(1));

        for (var episode = 0; episode < 2; episode++)
        {
            agent.Reset(new RandomStreams(5), episode, 24, 0.5);
            Assert.Equal(52.0, agent.Generation[8].Value, 12);
            Assert.Equal(52.0, agent.Generation[12].Value, 12);
            Assert.Equal(40.0, agent.Generation[13].Value, 12);
        }
    }

    [Fact]
    public void Restore_AfterAStep_RepeatsTheSameStepExactly()
    {
        var agent = Agent([10, 0], [2, 6], new BatterySpec(E(20), 0.1, 0.9, 0.9, 0.9, selfDischargePerHour: 0.01));
        var snap = agent.Snapshot();

        var first = agent.ApplyEnergy(0, E(0), E(1));
        agent.Settle(new AgentSettlement(new MoneyUsd(1), default, default, default, default));
        agent.Restore(snap);
        var second = agent.ApplyEnergy(0, E(0), E(1));

        Assert.Equal(first, second);
        Assert.Equal(0.0, agent.Profit.Value);
    }

    [Fact]
    public void ApplyEnergy_NegativeOrNaNTrade_Rejected()
    {
        var agent = Agent([1], [1]);
        Assert.Equal("bought", Assert.Throws<ArgumentOutOfRangeException>(() => agent.ApplyEnergy(0, E(-1), E(0))).ParamName);
        Assert.Equal("sold", Assert.Throws<ArgumentOutOfRangeException>(() => agent.ApplyEnergy(0, E(0), E(double.NaN))).ParamName);
    }

    [Fact]
    public void Spec_EmptyIdDsoIdAndNegativeCapacity_AllReportedWithScope()
    {
        var ex = Assert.Throws<Core.Errors.ValidationException>(() => new ProsumerAgentSpec("", new PowerKW(-1), scope: "agents[3]"));
        Assert.Equal(["agents[3].id", "agents[3].capacity_kw"], ex.Violations.Select(v => v.Field).ToArray());
        Assert.Throws<Core.Errors.ValidationException>(() => new ProsumerAgentSpec(MarketParticipants.DsoId, new PowerKW(1)));
    }

    [Fact]
    public void Spec_ZeroCapacity_IsAPureConsumer()
    {
        // Case 1's consumer_001 has no generation capacity; its demand is scaled by its own scale_kw.
        var spec = new ProsumerAgentSpec("consumer_001", PowerKW.Zero);
        Assert.Equal(0, spec.Capacity.Value);
    }

    [Fact]
    public void ApplyEnergy_DegradationAwareDay_CalendarAndCycleFadeReduceHealth()
    {
        // Case 5 "aging_001": 50 kW, battery ratio 0.4 (20 kWh), η 0.88, SoC 0.25–0.75, fade 0.0004/cycle and 0.0002/day.
        var battery = new BatterySpec(E(20), 0.25, 0.75, 0.88, 0.88, fadePerEquivalentCycle: 0.0004, fadePerDay: 0.0002, initialSoc: 0.5);
        var gen = Enumerable.Range(0, 24).Select(h => h is >= 8 and <= 15 ? 12.0 : 0.0).ToArray();
        var dem = Enumerable.Repeat(4.0, 24).ToArray();
        var agent = new ProsumerAgent(new ProsumerAgentSpec("aging_001", new PowerKW(50), battery: battery), TimeSpan.FromHours(1));
        agent.Reset(new EnergyProfile(gen), new EnergyProfile(dem), 0.5, new RandomStream(1));

        for (var step = 0; step < 24; step++)
        {
            agent.ApplyEnergy(step, E(0), E(0));
        }

        var b = agent.Battery!;
        Assert.Equal(1.0, b.AgeDays, 12);
        Assert.True(b.EquivalentFullCycles > 0);
        Assert.Equal(1 - 0.0002 - (0.0004 * b.EquivalentFullCycles), b.StateOfHealth, 12);
        Assert.True(b.StateOfHealth < 0.9998);
    }
}
