using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Training;

/// <summary>The shape of an environment a policy was trained on: agent ids, observation size and action boxes.</summary>
public sealed record EnvironmentSpec(IReadOnlyList<string> AgentIds, int ObservationSize, IReadOnlyList<ActionBox> ActionBoxes)
{
    /// <summary>Reads the shape of <paramref name="environment"/>.</summary>
    public static EnvironmentSpec Of(IMultiAgentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new([.. environment.AgentIds], environment.ObservationSize, [.. environment.ActionBoxes]);
    }

    /// <summary>True when <paramref name="environment"/> has the same agents, observation size and boxes.</summary>
    public bool Matches(IMultiAgentEnvironment environment) =>
        environment.ObservationSize == ObservationSize
        && environment.AgentIds.SequenceEqual(AgentIds)
        && environment.ActionBoxes.SequenceEqual(ActionBoxes);
}
