using EnergyCoSim.Learning.Evaluation;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Cli.Learning;

/// <summary>Turns a built-in strategy into a joint actor for <see cref="PolicyEvaluator"/>, deciding exactly as <c>run</c> does.</summary>
internal static class StrategyActors
{
    public static JointActor For(LocalEnergyMarketEnvironment env, IAgentStrategy strategy, ulong seed)
    {
        var streams = new Core.Random.RandomStreams(seed);
        var random = env.AgentIds.Select(id => streams.For("strategy", id)).ToArray();
        return (observations, actions) =>
        {
            var meanUtility = Enumerable.Range(0, env.MaxSteps).Average(t => env.Dso.UtilityPrice(t).Value);
            ScenarioRunner.Decide(env, strategy, observations.ToArray(), actions, random, meanUtility);
        };
    }
}
