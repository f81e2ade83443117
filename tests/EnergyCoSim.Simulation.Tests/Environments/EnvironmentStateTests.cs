using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Tests.Support;

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

    private static string[] Run(LocalEnergyMarketEnvironment env, float[][] actions, int from, int to)
    {
        var obs = new float[env.AgentIds.Count * env.ObservationSize];
        var rewards = new double[env.AgentIds.Count];
        var trace = new List<string>();
        for (var t = from; t < to; t++)
        {
            env.Step(actions[t], obs, rewards);
            var last = env.MarketHistory[^1];
            trace.Add(FormattableString.Invariant($"{t};{last.ClearingPrice:R};{last.ClearingVolume:R};{string.Join(',', rewards.Select(r => r.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))};{string.Join(',', obs.Take(60))}"));
        }

        return [.. trace];
    }

    private static float[][] ActionSequence(LocalEnergyMarketEnvironment env, ulong seed)
    {
        var random = new RandomStream(seed);
        return Enumerable.Range(0, env.MaxSteps).Select(_ =>
        {
            var a = new float[env.AgentIds.Count * ActionBox.Size];
            for (var i = 0; i < env.AgentIds.Count; i++)
            {
                var box = env.ActionBoxes[i];
                new AgentAction(random.Uniform(box.MinPrice, box.MaxPrice), random.Uniform(box.MinQuantity, box.MaxQuantity), random.NextDouble(), random.Uniform(0, box.AgentCount + 1))
                    .CopyTo(a.AsSpan(i * ActionBox.Size, ActionBox.Size));
            }

            return a;
        }).ToArray();
    }
}
