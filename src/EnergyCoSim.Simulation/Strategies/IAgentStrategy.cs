namespace EnergyCoSim.Simulation.Strategies;

/// <summary>Decides an agent's action each market interval. Implementations draw randomness only from the context's stream.</summary>
public interface IAgentStrategy
{
    /// <summary>Name used in scenario files and on the command line.</summary>
    string Name { get; }

    /// <summary>The raw action for this interval (the environment adjusts it for the battery and clamps it).</summary>
    Spaces.AgentAction Decide(in AgentDecisionContext context);
}
