using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.FmuExport;

/// <summary>
/// Fills the action buffer the way ScenarioRunner does (same context fields, same stream per agent), so the FMU
/// reproduces an in-process run bit for bit. ScenarioRunner keeps its loop private, hence this mirror.
/// </summary>
public static class StrategyDriver
{
    /// <summary>Writes one action per agent for the environment's current step into <paramref name="actions"/>.</summary>
    public static void Decide(LocalEnergyMarketEnvironment env, IAgentStrategy strategy, float[] obs, float[] actions, RandomStream[] random, double meanUtility)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(obs);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(random);
        var t = env.CurrentStep;
        var size = env.ObservationSize;
        for (var i = 0; i < env.Agents.Count; i++)
        {
            var agent = env.Agents[i];
            var context = new AgentDecisionContext
            {
                AgentId = agent.Id,
                AgentIndex = i,
                Step = t,
                MaxSteps = env.MaxSteps,
                Box = env.ActionBoxes[i],
                Observation = obs.AsMemory(i * size, size),
                GenerationKWh = agent.Generation[t].Value,
                DemandKWh = agent.Demand[t].Value,
                AvailableChargeKWh = agent.Battery?.AvailableCharge.Value ?? 0,
                AvailableDischargeKWh = agent.Battery?.AvailableDischarge.Value ?? 0,
                FeedInTariff = env.Dso.FeedInTariff(t).Value,
                UtilityPrice = env.Dso.UtilityPrice(t).Value,
                MeanUtilityPrice = meanUtility,
                Random = random[i],
            };
            strategy.Decide(context).CopyTo(actions.AsSpan(i * ActionBox.Size, ActionBox.Size));
        }
    }
}
