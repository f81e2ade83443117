using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Simulation.Environments;

/// <summary>
/// A multi-agent environment with flat buffers, as RL trainers use it: every agent has an observation of
/// <see cref="ObservationSize"/> floats and an action of <see cref="ActionBox.Size"/> floats inside its
/// <see cref="ActionBoxes"/> entry. Buffers are agent-major: agent i occupies [i·size, (i+1)·size).
/// Not thread-safe; run one instance per worker.
/// </summary>
public interface IMultiAgentEnvironment
{
    /// <summary>Agent ids in configuration order (index = partner index).</summary>
    IReadOnlyList<string> AgentIds { get; }

    /// <summary>Floats per agent observation (42, plus the number of agents with partner preference).</summary>
    int ObservationSize { get; }

    /// <summary>Action bounds per agent.</summary>
    IReadOnlyList<ActionBox> ActionBoxes { get; }

    /// <summary>Steps per episode; <see cref="Step"/> reports termination after this many.</summary>
    int MaxSteps { get; }

    /// <summary>Starts episode <paramref name="episode"/> (its randomness derives from the scenario seed and this index) and writes the first observations.</summary>
    void Reset(long episode, Span<float> observations);

    /// <summary>Applies one action per agent, writes the next observations and one reward per agent; returns true when the episode ended.</summary>
    bool Step(ReadOnlySpan<float> actions, Span<float> observations, Span<double> rewards);
}
