using EnergyCoSim.Core.Random;
using EnergyCoSim.Market.Pricing;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Tests.Support;

namespace EnergyCoSim.Simulation.Tests.Environments;

/// <summary><see cref="LocalEnergyMarketEnvironment.SetClearingMechanism"/> against scenarios configured with the mechanism from the start.</summary>
public sealed class ClearingMechanismSwitchTests
{
    [Theory]
    [InlineData("buyer", ClearingMechanism.Buyer)]
    [InlineData("seller", ClearingMechanism.Seller)]
    [InlineData("average", ClearingMechanism.Average)]
    public void SetClearingMechanism_BeforeTheFirstInterval_EqualsAScenarioWithThatMechanism(string name, ClearingMechanism mechanism)
    {
        var switched = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small(mechanism: "bid_ask_spread"));
        var configured = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small(mechanism: name));
        var actions = Actions(configured, seed: 11);

        switched.SetClearingMechanism(mechanism);
        Run(switched, actions, 0, 24);
        Run(configured, actions, 0, 24);

        Assert.Equal(mechanism, switched.ClearingMechanism);
        Assert.Equal(configured.MarketHistory.Select(m => m.ClearingPrice), switched.MarketHistory.Select(m => m.ClearingPrice));
        Assert.Equal(configured.AgentHistory, switched.AgentHistory);
    }

    [Fact]
    public void SetClearingMechanism_MidEpisode_KeepsTheHistoryAndChangesOnlyLaterPrices()
    {
        var switched = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small(mechanism: "bid_ask_spread"));
        var unchanged = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small(mechanism: "bid_ask_spread"));
        var actions = Actions(unchanged, seed: 3);
        Run(unchanged, actions, 0, 24);

        Run(switched, actions, 0, 8);
        switched.SetClearingMechanism(ClearingMechanism.Buyer);
        Run(switched, actions, 8, 24);

        Assert.Equal(24, switched.MarketHistory.Count);
        Assert.Equal(unchanged.MarketHistory.Take(8).Select(m => m.ClearingPrice), switched.MarketHistory.Take(8).Select(m => m.ClearingPrice));
        Assert.NotEqual(unchanged.MarketHistory.Skip(8).Select(m => m.ClearingPrice), switched.MarketHistory.Skip(8).Select(m => m.ClearingPrice));
    }

    private static void Run(LocalEnergyMarketEnvironment env, float[][] actions, int from, int to)
    {
        var obs = new float[env.AgentIds.Count * env.ObservationSize];
        var rewards = new double[env.AgentIds.Count];
        if (from == 0)
        {
            env.Reset(0, obs);
        }

        for (var t = from; t < to; t++)
        {
            env.Step(actions[t], obs, rewards);
        }
    }

    private static float[][] Actions(LocalEnergyMarketEnvironment env, ulong seed)
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
