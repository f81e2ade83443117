using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Strategies;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Tests.Support;

using static EnergyCoSim.Simulation.Tests.Support.EnvironmentRuns;

namespace EnergyCoSim.Simulation.Tests.Environments;

public sealed class EnvironmentStateTests
{
    [Fact]
    public void Restore_SnapshotMidEpisode_ReplaysTheRestBitForBit()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        var actions = ActionSequence(env, seed: 5);
        var obs = new float[env.AgentIds.Count * env.ObservationSize];
        env.Reset(0, obs);
        Run(env, actions, 0, 6);
        var snapshot = env.Snapshot();
        var first = Run(env, actions, 6, 24);
        var firstRecords = env.AgentHistory.ToArray();

        env.Restore(snapshot, obs);
        var second = Run(env, actions, 6, 24);

        Assert.Equal(first, second);
        Assert.Equal(firstRecords, env.AgentHistory.ToArray());
        Assert.True(env.Ledger!.VerifyChain().IsValid);
    }

    [Fact]
    public void Restore_SnapshotThenStepsThenRestoreTwice_HistoriesLedgerAndBytesAreIdentical()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        var actions = ActionSequence(env, seed: 11);
        var obs = new float[env.AgentIds.Count * env.ObservationSize];
        env.Reset(0, obs);
        Run(env, actions, 0, 7);
        var snapshot = env.Snapshot();
        var expected = Capture(env, actions);

        for (var repeat = 0; repeat < 2; repeat++)
        {
            env.Restore(snapshot, obs);
            Assert.Equal(7, env.CurrentStep);
            Assert.Equal(7, env.MarketHistory.Count);
            Assert.Equal(7 * env.AgentIds.Count, env.AgentHistory.Count);
            Assert.All(env.RewardHistory.Values, r => Assert.Equal(7, r.Count));
            var again = Capture(env, actions);
            Assert.Equal(expected.Trace, again.Trace);
            Assert.Equal(expected.Market, again.Market);
            Assert.Equal(expected.Agents, again.Agents);
            Assert.Equal(expected.Rewards, again.Rewards);
            Assert.Equal(24, env.MarketHistory.Count);
            Assert.Equal(expected.Blocks, again.Blocks);
            Assert.Equal(expected.Bytes, again.Bytes);
        }

        Assert.True(env.Ledger!.VerifyChain().IsValid);
    }

    [Fact]
    public void Restore_Case5RuleBased_RepeatsTheRewardsBitForBit()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(ScenarioLoader.Load(TestScenarios.Case5("mixed_battery")));
        var strategy = new RuleBasedStrategy();
        var obs = new float[env.AgentIds.Count * env.ObservationSize];
        env.Reset(0, obs);
        var streams = env.AgentIds.Select(id => env.Scenario.Streams.For("strategy", id, 0)).ToArray();
        var meanUtility = Enumerable.Range(0, env.MaxSteps).Average(t => env.Dso.UtilityPrice(t).Value);
        PlayRuleBased(env, strategy, obs, streams, meanUtility, 4);
        var snapshot = env.Snapshot();
        var saved = streams.Select(r => r.State).ToArray();
        var savedObs = (float[])obs.Clone();

        var first = PlayRuleBased(env, strategy, obs, streams, meanUtility, 12);
        env.Restore(snapshot, obs);
        Assert.Equal(savedObs, obs);
        var second = PlayRuleBased(env, strategy, obs, saved.Select(s => new RandomStream(s)).ToArray(), meanUtility, 12);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Snapshot_LateInTheEpisode_AllocatesNoMoreThanEarly()
    {
        // Before the histories were append-only a snapshot copied them: 40 steps later it allocated ~40 more records
        // per history. Now it holds marks only, so its size is the same at every step.
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small(steps: 48));
        var actions = ActionSequence(env, seed: 4);
        var obs = new float[env.AgentIds.Count * env.ObservationSize];
        env.Reset(0, obs);
        Run(env, actions, 0, 2);
        var early = SnapshotBytes(env);
        Run(env, actions, 2, 44);
        var late = SnapshotBytes(env);

        Assert.Equal(44, env.MarketHistory.Count);
        Assert.Equal(early, late);
    }

    [Fact]
    public void Restore_SnapshotOfAnAbandonedBranch_IsRefusedAndTheEnvironmentIsUnchanged()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        var actions = ActionSequence(env, seed: 2);
        var obs = new float[env.AgentIds.Count * env.ObservationSize];
        env.Reset(0, obs);
        Run(env, actions, 0, 4);
        var early = env.Snapshot();
        Run(env, actions, 4, 8);
        var late = env.Snapshot();
        env.Restore(early, obs);
        Run(env, actions, 4, 6);
        var bytes = env.SerializeState();

        var error = Assert.Throws<Core.Errors.InvalidStateException>(() => env.Restore(late, obs));

        Assert.Contains("step 8", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, env.CurrentStep);
        Assert.Equal(6, env.MarketHistory.Count);
        Assert.Equal(bytes, env.SerializeState());
    }

    [Fact]
    public void Restore_SnapshotTakenBeforeTheLastReset_IsRefused()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        var actions = ActionSequence(env, seed: 2);
        var obs = new float[env.AgentIds.Count * env.ObservationSize];
        env.Reset(0, obs);
        Run(env, actions, 0, 3);
        var snapshot = env.Snapshot();
        env.Reset(1, obs);

        Assert.Throws<Core.Errors.InvalidStateException>(() => env.Restore(snapshot, obs));
    }

    [Fact]
    public void SerializeState_OfAnEarlierSnapshot_EqualsTheBytesTakenAtThatStep()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        var actions = ActionSequence(env, seed: 6);
        var obs = new float[env.AgentIds.Count * env.ObservationSize];
        env.Reset(2, obs);
        Run(env, actions, 0, 5);
        var snapshot = env.Snapshot();
        var atFive = env.SerializeState();
        Run(env, actions, 5, 12);

        Assert.Equal(atFive, env.SerializeState(snapshot));
        // Per interval: the actions, PV and demand overrides, a grid fee and a battery state per agent, two tariff overrides.
        var n = env.AgentIds.Count;
        Assert.Equal(16 + (5 * ((n * (ActionBox.Size + 4)) + 2) * sizeof(float)), atFive.Length);
        Assert.Equal(12, env.CurrentStep);
    }

    [Fact]
    public void DeserializeState_InAFreshEnvironment_ContinuesExactlyLikeTheOriginal()
    {
        var original = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small(preference: false));
        var actions = ActionSequence(original, seed: 9);
        var obs = new float[original.AgentIds.Count * original.ObservationSize];
        original.Reset(3, obs);
        Run(original, actions, 0, 10);
        var bytes = original.SerializeState();
        var expected = Run(original, actions, 10, 24);

        var copy = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small(preference: false));
        var copyObs = new float[obs.Length];
        copy.DeserializeState(bytes, copyObs);
        Assert.Equal(10, copy.CurrentStep);
        Assert.Equal(3, copy.Episode);
        Assert.Equal(expected, Run(copy, actions, 10, 24));
    }

    [Fact]
    public void OverrideCurrentInterval_PvAndDemandFedFromOutside_AreUsedAndReplayed()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        var actions = ActionSequence(env, seed: 3);
        var obs = new float[env.AgentIds.Count * env.ObservationSize];
        env.Reset(0, obs);
        Run(env, actions, 0, 4);
        env.OverrideCurrentInterval(1, generationKWh: 42.5, demandKWh: 3.25);
        Run(env, actions, 4, 5);
        var record = env.AgentHistory.Single(a => a.Step == 4 && a.AgentId == env.AgentIds[1]);
        Assert.Equal(42.5, record.GenerationKWh);
        Assert.Equal(3.25, record.DemandKWh);
        var bytes = env.SerializeState();
        var expected = Run(env, actions, 5, 24);

        var copy = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        copy.DeserializeState(bytes, new float[obs.Length]);
        Assert.Equal(42.5, copy.AgentHistory.Single(a => a.Step == 4 && a.AgentId == env.AgentIds[1]).GenerationKWh);
        Assert.Equal(expected, Run(copy, actions, 5, 24));
    }

    [Fact]
    public void DeserializeState_Garbage_IsAValidationError() =>
        Assert.Throws<Core.Errors.ValidationException>(() =>
            LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small()).DeserializeState([1, 2, 3], Span<float>.Empty));

    private static (string[] Trace, object[] Market, object[] Agents, double[][] Rewards, string[] Blocks, byte[] Bytes) Capture(LocalEnergyMarketEnvironment env, float[][] actions)
    {
        var trace = Run(env, actions, env.CurrentStep, env.MaxSteps);

        // Records compare by value except their trade lists (references): those are flattened beside them.
        object[] market = [.. env.MarketHistory.Select(m => m with { Trades = [] }), .. env.MarketHistory.SelectMany(m => m.Trades)];
        return (trace, market, [.. env.AgentHistory],
            [.. env.AgentIds.Select(id => env.RewardHistory[id].ToArray())], [.. env.Ledger!.Blocks.Select(b => b.Hash)], env.SerializeState());
    }

    private static string[] PlayRuleBased(LocalEnergyMarketEnvironment env, RuleBasedStrategy strategy, float[] obs, RandomStream[] streams, double meanUtility, int steps)
    {
        var actions = new float[env.AgentIds.Count * ActionBox.Size];
        var rewards = new double[env.AgentIds.Count];
        var trace = new List<string>();
        for (var t = 0; t < steps; t++)
        {
            Simulation.Running.ScenarioRunner.Decide(env, strategy, obs, actions, streams, meanUtility);
            env.Step(actions, obs, rewards);
            trace.Add(string.Join(',', rewards.Select(r => r.ToString("R", System.Globalization.CultureInfo.InvariantCulture))));
        }

        return [.. trace];
    }

    private static long SnapshotBytes(LocalEnergyMarketEnvironment env)
    {
        env.Snapshot();
        var least = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(env.Snapshot());
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
