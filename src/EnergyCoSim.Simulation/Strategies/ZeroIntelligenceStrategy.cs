using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Simulation.Strategies;

/// <summary>Zero intelligence: every action value uniform over the agent's action box (MARLEM's <c>action_space.sample()</c>).</summary>
public sealed class ZeroIntelligenceStrategy : IAgentStrategy
{
    /// <inheritdoc />
    public string Name => "zero-intelligence";

    /// <inheritdoc />
    public AgentAction Decide(in AgentDecisionContext context)
    {
        var box = context.Box;
        var r = context.Random;
        return new AgentAction(
            r.Uniform(box.MinPrice, box.MaxPrice),
            r.Uniform(box.MinQuantity, box.MaxQuantity),
            r.NextDouble(),
            r.Uniform(0, box.AgentCount + 1));
    }
}
