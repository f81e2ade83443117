namespace EnergyCoSim.Simulation.Strategies;

/// <summary>A learned policy: maps an agent's observation to its 4-value action (filled by EnergyCoSim.Learning).</summary>
public interface IPolicy
{
    /// <summary>Writes the action of agent <paramref name="agentIndex"/> for <paramref name="observation"/> into <paramref name="action"/>.</summary>
    void Act(int agentIndex, ReadOnlySpan<float> observation, Span<float> action);
}
