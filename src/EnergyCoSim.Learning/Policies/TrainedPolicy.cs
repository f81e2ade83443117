using EnergyCoSim.Core.Random;
using EnergyCoSim.Learning.Checkpoints;
using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Learning.Policies;

/// <summary>
/// A trained policy for inference: deterministic (the Gaussian mean) or sampled, mapped into each agent's action box.
/// Plugs into the <c>run</c> command as the policy strategy. Not thread-safe (one instance per simulation).
/// </summary>
public sealed class TrainedPolicy : IPolicy
{
    private readonly PolicySnapshot _snapshot;
    private readonly PolicySnapshot.Workspace _workspace;
    private readonly RandomStream? _noise;
    private readonly float[] _observations;
    private readonly float[] _normalised;
    private readonly float[] _latent;
    private readonly float[] _actions;

    internal TrainedPolicy(PolicySnapshot snapshot, EnvironmentSpec spec, bool deterministic, ulong seed)
    {
        _snapshot = snapshot;
        _workspace = snapshot.CreateWorkspace();
        Spec = spec;
        Deterministic = deterministic;
        _noise = deterministic ? null : new RandomStreams(seed).For("inference");
        var n = spec.AgentIds.Count;
        _observations = new float[n * spec.ObservationSize];
        _normalised = new float[_observations.Length];
        _latent = new float[n * ActionBox.Size];
        _actions = new float[n * ActionBox.Size];
    }

    /// <summary>The environment shape the policy was trained on.</summary>
    public EnvironmentSpec Spec { get; }

    /// <summary>True when actions are the Gaussian means (no exploration noise).</summary>
    public bool Deterministic { get; }

    /// <summary>The paradigm the policy was trained with (CTCE acts jointly; see <see cref="Act"/>).</summary>
    public TrainingMode Mode => _snapshot.Layout.Mode;

    /// <summary>Loads the policy of the checkpoint in <paramref name="directory"/>; <paramref name="seed"/> drives sampled actions.</summary>
    public static TrainedPolicy Load(string directory, bool deterministic = true, ulong seed = 0)
    {
        using var state = CheckpointStore.Load(directory, null);
        return new TrainedPolicy(state.Snapshot(), state.Spec, deterministic, seed);
    }

    /// <summary>Writes every agent's action (agent-major, inside the boxes) for all agents' observations.</summary>
    public void ActAll(ReadOnlySpan<float> observations, Span<float> actions) =>
        _snapshot.Act(observations, _normalised, _latent, actions, _noise, _workspace);

    /// <summary>
    /// Writes agent <paramref name="agentIndex"/>'s action. DTDE and CTDE actors read only the agent's own observation;
    /// a CTCE policy acts on the latest observation it has seen of every agent (call agents in index order each step).
    /// </summary>
    public void Act(int agentIndex, ReadOnlySpan<float> observation, Span<float> action)
    {
        var n = Spec.ObservationSize;
        ArgumentOutOfRangeException.ThrowIfNegative(agentIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(agentIndex, Spec.AgentIds.Count);
        observation[..n].CopyTo(_observations.AsSpan(agentIndex * n, n));
        if (Mode == TrainingMode.Ctce)
        {
            _snapshot.Act(_observations, _normalised, _latent, _actions, _noise, _workspace);
        }
        else
        {
            ActOne(agentIndex);
        }

        _actions.AsSpan(agentIndex * ActionBox.Size, ActionBox.Size).CopyTo(action);
    }

    private void ActOne(int agent)
    {
        // Decentralised actors: only actor `agent` needs evaluating; the other agents' slots are left unused.
        _snapshot.ActSingle(agent, _observations, _normalised, _latent, _actions, _noise, _workspace);
    }
}
