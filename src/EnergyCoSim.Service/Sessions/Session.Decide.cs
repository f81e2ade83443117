using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Service.Sessions;

/// <summary>The strategy half of a step, exactly as <c>ScenarioRunner</c> decides, so a session repeats an in-process run.</summary>
public sealed partial class Session
{
    private void Decide()
    {
        var env = Environment;
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
                Observation = _observations.AsMemory(i * size, size),
                GenerationKWh = agent.Generation[t].Value,
                DemandKWh = agent.Demand[t].Value,
                AvailableChargeKWh = agent.Battery?.AvailableCharge.Value ?? 0,
                AvailableDischargeKWh = agent.Battery?.AvailableDischarge.Value ?? 0,
                FeedInTariff = env.Dso.FeedInTariff(t).Value,
                UtilityPrice = env.Dso.UtilityPrice(t).Value,
                MeanUtilityPrice = _meanUtility,
                Random = _random[i],
            };
            _strategy.Decide(context).CopyTo(_actions.AsSpan(i * ActionBox.Size, ActionBox.Size));
        }
    }
}
