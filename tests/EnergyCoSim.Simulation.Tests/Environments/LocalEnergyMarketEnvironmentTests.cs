using EnergyCoSim.Core.Errors;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Strategies;
using EnergyCoSim.Simulation.Tests.Support;

namespace EnergyCoSim.Simulation.Tests.Environments;

public sealed class LocalEnergyMarketEnvironmentTests
{
    [Fact]
    public void Step_FullEpisode_HasExactlyMaxStepsCorrected()
    {
        // decisions.md §8.5: MARLEM ends after max_steps − 1 steps; EnergyCoSim after max_steps.
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        var (obs, act, rew) = Buffers(env);
        env.Reset(0, obs);
        var steps = 0;
        while (!env.Step(Actions(env, act, sell: steps % 2 == 0), obs, rew))
        {
            steps++;
        }

        Assert.Equal(24, steps + 1);
        Assert.Equal(24, env.MarketHistory.Count);
        Assert.All(rew, r => Assert.True(double.IsFinite(r)));
    }

    [Fact]
    public void Reset_Observation_Has42PlusAgentsValuesAndResetValues()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small(agents: 5));
        var (obs, _, _) = Buffers(env);
        env.Reset(0, obs);

        Assert.Equal(47, env.ObservationSize);
        Assert.Equal(35f, obs[2]);                                  // clearing price starts at min_price
        Assert.Equal(0.1f, obs[3]);                                 // clearing volume starts at min_quantity
        Assert.Equal((float)env.Dso.FeedInTariff(0).Value, obs[11]);
        Assert.Equal((float)env.Agents[0].Reputation, obs[25]);
        Assert.Equal((float)env.Agents[2].Reputation, obs[42 + 2]); // reputations of every agent follow
    }

    [Fact]
    public void Reset_AgentsDrawFromOwnStreams_DifferCorrected()
    {
        // decisions.md §8.5: MARLEM gives every agent the same reputation, profile and SoC under one seed.
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        env.Reset(0, new float[5 * env.ObservationSize]);
        Assert.Equal(5, env.Agents.Select(a => a.Reputation).Distinct().Count());
        Assert.Equal(5, env.Agents.Select(a => a.Battery!.Soc).Distinct().Count());
        Assert.NotEqual(env.Agents[0].Demand.Values, env.Agents[1].Demand.Values);
    }

    [Fact]
    public void Step_ActionOutsideBox_IsRejectedAndLeavesTheEpisodeUntouched()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        var (obs, act, rew) = Buffers(env);
        env.Reset(0, obs);
        Actions(env, act, sell: true);
        act[0] = 999;   // price of agent 0 above max_price
        act[6] = -1;    // side of agent 1 below 0

        var ex = Assert.Throws<ValidationException>(() => env.Step(act, obs, rew));

        Assert.Equal(["actions[p01].price", "actions[p02].side"], ex.Violations.Select(v => v.Field).ToArray());
        Assert.Equal(0, env.CurrentStep);
        Assert.Empty(env.MarketHistory);
        Actions(env, act, sell: true);
        env.Step(act, obs, rew);
        Assert.Equal(1, env.CurrentStep);
    }

    [Fact]
    public void Run_FullEpisode_LedgerHoldsEveryTradeAndVerifies()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        var (obs, act, rew) = Buffers(env);
        env.Reset(0, obs);
        var i = 0;
        while (!env.Step(Actions(env, act, sell: i++ % 2 == 0), obs, rew))
        {
        }

        Assert.NotNull(env.Ledger);
        Assert.Equal(env.MarketHistory.Sum(s => s.Trades.Count), env.Ledger!.TradeHistory().Count);
        Assert.True(env.Ledger.VerifyChain().IsValid);
    }

    [Fact]
    public void Step_BeforeReset_IsInvalidState()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        var (obs, act, rew) = Buffers(env);
        Assert.Throws<InvalidStateException>(() => env.Step(act, obs, rew));
    }

    [Theory]
    [InlineData(true, 1UL)]
    [InlineData(false, 2UL)]
    [InlineData(true, 3UL)]
    public void Run_ManySeededEpisodes_ConserveEnergyAndCashAndKeepSocInWindow(bool preference, ulong seed)
    {
        var scenario = TestScenarios.Small(agents: 6, preference: preference, seed: seed);
        var result = ScenarioRunner.Run(EnergyCoSim.Simulation.Building.ScenarioCompiler.Compile(scenario), new ZeroIntelligenceStrategy(), episodes: 4);

        foreach (var episode in result.Episodes)
        {
            foreach (var a in episode.AgentSteps)
            {
                // generation + bought + discharge + unserved = demand + sold + charge + curtailment
                var lhs = a.GenerationKWh + a.BoughtKWh + a.DischargeKWh + a.UnservedKWh;
                var rhs = a.DemandKWh + a.SoldKWh + a.ChargeKWh + a.CurtailedKWh;
                Assert.True(Math.Abs(lhs - rhs) < 1e-9, $"energy balance of {a.AgentId} at step {a.Step}: {lhs} vs {rhs}");
                Assert.InRange(a.Soc!.Value, 0.1 - 1e-12, 0.9 + 1e-12);
            }

            // Cash: what agents hold + what the DSO holds + fees collected = 0 (money only moves).
            var trades = episode.MarketSteps.SelectMany(s => s.Trades).ToArray();
            var dsoCash = trades.Where(t => t.SellerId == MarketParticipants.DsoId).Sum(t => t.Value.Value)
                        - trades.Where(t => t.BuyerId == MarketParticipants.DsoId).Sum(t => t.Value.Value);
            var fees = trades.Sum(t => t.Fees.Value);
            var lastStep = episode.AgentSteps.Max(a => a.Step);
            var agentCash = episode.AgentSteps.Where(a => a.Step == lastStep).Sum(a => a.CashUsd);
            Assert.True(Math.Abs(agentCash + dsoCash + fees) < 1e-9, $"cash leaks {agentCash + dsoCash + fees} USD");
        }
    }

    [Fact]
    public void Run_SameScenarioTwice_GivesIdenticalTradesBitForBit()
    {
        var a = ScenarioRunner.Run(EnergyCoSim.Simulation.Building.ScenarioCompiler.Compile(ScenarioLoader.Load(TestScenarios.Case5("mixed_battery"))), new ZeroIntelligenceStrategy());
        var b = ScenarioRunner.Run(EnergyCoSim.Simulation.Building.ScenarioCompiler.Compile(ScenarioLoader.Load(TestScenarios.Case5("mixed_battery"))), new ZeroIntelligenceStrategy());
        Assert.Equal(Trades(a), Trades(b));
        Assert.Equal(a.Episodes[0].AgentSteps, b.Episodes[0].AgentSteps);
    }

    [Fact]
    public void Run_ScenariosInParallel_EqualSequentialRuns()
    {
        var docs = ScenarioLoader.LoadAll(RepositoryPaths.Examples("case5-battery-coordination"));
        var sequential = docs.Select(d => Trades(ScenarioRunner.Run(EnergyCoSim.Simulation.Building.ScenarioCompiler.Compile(d), new ZeroIntelligenceStrategy()))).ToArray();
        var parallel = new string[docs.Count][];
        Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
            parallel[i] = Trades(ScenarioRunner.Run(EnergyCoSim.Simulation.Building.ScenarioCompiler.Compile(ScenarioLoader.Load(TestScenarios.Case5(docs[i].Name!))), new ZeroIntelligenceStrategy())));
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Run_DifferentSeeds_GiveDifferentTrades()
    {
        var a = ScenarioRunner.Run(EnergyCoSim.Simulation.Building.ScenarioCompiler.Compile(TestScenarios.Small(seed: 1)), new ZeroIntelligenceStrategy());
        var b = ScenarioRunner.Run(EnergyCoSim.Simulation.Building.ScenarioCompiler.Compile(TestScenarios.Small(seed: 2)), new ZeroIntelligenceStrategy());
        Assert.NotEqual(Trades(a), Trades(b));
    }

    private static string[] Trades(EnergyCoSim.Simulation.Results.ScenarioResult r) =>
        r.Episodes.SelectMany(e => e.MarketSteps.SelectMany(s => s.Trades.Select(t =>
            FormattableString.Invariant($"{e.Episode};{s.Step};{t.BuyerId};{t.SellerId};{t.Price.Value:R};{t.Quantity.Value:R};{t.Timestamp:R};{t.Stage};{t.Fees.Value:R}")))).ToArray();

    private static (float[] Obs, float[] Act, double[] Rew) Buffers(LocalEnergyMarketEnvironment env)
    {
        var n = env.AgentIds.Count;
        return (new float[n * env.ObservationSize], new float[n * 4], new double[n]);
    }

    private static float[] Actions(LocalEnergyMarketEnvironment env, float[] act, bool sell)
    {
        for (var i = 0; i < env.AgentIds.Count; i++)
        {
            var box = env.ActionBoxes[i];
            var side = ((i % 2 == 0) ^ sell) ? 1f : 0f;
            new EnergyCoSim.Simulation.Spaces.AgentAction((box.MinPrice + box.MaxPrice) / 2, box.MaxQuantity / 2, side, box.AgentCount + 1).CopyTo(act.AsSpan(i * 4, 4));
        }

        return act;
    }
}
