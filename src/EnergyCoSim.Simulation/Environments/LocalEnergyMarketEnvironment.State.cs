using System.Buffers.Binary;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Ledger;
using EnergyCoSim.Market.Matching;

namespace EnergyCoSim.Simulation.Environments;

/// <content>
/// Save and restore. In memory a snapshot copies every mutable piece (fast rollback for iterative coupling).
/// As bytes the state is the episode plus the actions applied since its reset: replaying them on a fresh reset
/// rebuilds the state bit for bit because every random draw is seeded, and the bytes stay small and version-proof.
/// </content>
public sealed partial class LocalEnergyMarketEnvironment
{
    private const uint StateMagic = 0x4543534D; // "ECSM"
    private readonly List<float[]> _replayLog = [];

    /// <summary>Takes a snapshot of the complete state at the current step boundary.</summary>
    public EnvironmentSnapshot Snapshot()
    {
        RequireReset("snapshot");
        return new EnvironmentSnapshot
        {
            Episode = _episode,
            Step = _step,
            Done = _done,
            Dso = _dso,
            Matcher = _matcher.Snapshot(),
            Ledger = (_recorder as HashChainValidator)?.Snapshot(),
            Flows = _topology.SnapshotFlows(),
            Agents = _agents.Select(a => a.Snapshot()).ToArray(),
            Reputations = (double[])_reputationVector.Clone(),
            PreviousPositions = (double[])_previousPositions.Clone(),
            OrderStreams = _orderStreams.Select(s => s.State).ToArray(),
            PartnerStreams = _partnerStreams.Select(s => s.State).ToArray(),
            ClearingPrices = [.. _clearingPrices],
            ClearingVolumes = [.. _clearingVolumes],
            MarketHistory = [.. _marketHistory],
            AgentHistory = [.. _agentHistory],
            Rewards = _ids.Select(id => _rewardHistory[id].ToArray()).ToArray(),
            ReplayLog = [.. _replayLog],
        };
    }

    /// <summary>Restores a snapshot taken from this environment (any episode of the same scenario).</summary>
    public void Restore(EnvironmentSnapshot snapshot, Span<float> observations)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Agents.Length != _agents.Length)
        {
            throw new ValidationException("snapshot", snapshot.Agents.Length, $"holds {snapshot.Agents.Length} agents; this environment has {_agents.Length}");
        }

        (_episode, _step, _done) = (snapshot.Episode, snapshot.Step, snapshot.Done);
        _dso = snapshot.Dso;
        _recorder = snapshot.Ledger is null ? _recorder : new HashChainValidator(new LedgerOptions(_scenario.Market.LedgerDifficulty));
        if (snapshot.Ledger is not null)
        {
            ((HashChainValidator)_recorder!).Restore(snapshot.Ledger);
        }

        _matcher = new OrderMatcher(_agents.Length, _matcherConfig, _dso, _recorder);
        _matcher.Restore(snapshot.Matcher);
        _topology.RestoreFlows(snapshot.Flows);
        for (var i = 0; i < _agents.Length; i++)
        {
            _agents[i].Restore(snapshot.Agents[i]);
            _reputationVector[i] = snapshot.Reputations[i];
            _reputations[_ids[i]] = snapshot.Reputations[i];
            _previousPositions[i] = snapshot.PreviousPositions[i];
            _orderStreams[i] = new RandomStream(snapshot.OrderStreams[i]);
            _partnerStreams[i] = new RandomStream(snapshot.PartnerStreams[i]);
            _rewardHistory[_ids[i]].Clear();
            _rewardHistory[_ids[i]].AddRange(snapshot.Rewards[i]);
        }

        Replace(_clearingPrices, snapshot.ClearingPrices);
        Replace(_clearingVolumes, snapshot.ClearingVolumes);
        Replace(_marketHistory, snapshot.MarketHistory);
        Replace(_agentHistory, snapshot.AgentHistory);
        Replace(_replayLog, snapshot.ReplayLog);
        if (!observations.IsEmpty)
        {
            WriteObservations(observations, _marketHistory.Count > 0 ? _marketHistory[^1] : null, null);
        }
    }

    /// <summary>The state as bytes: episode and the actions applied since its reset (see the type's remarks).</summary>
    public byte[] SerializeState()
    {
        RequireReset("serialize");
        var n = EntrySize;
        var bytes = new byte[16 + (_replayLog.Count * n * sizeof(float))];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, StateMagic);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(4), _episode);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), _replayLog.Count);
        var offset = 16;
        foreach (var actions in _replayLog)
        {
            foreach (var v in actions)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(offset), v);
                offset += sizeof(float);
            }
        }

        return bytes;
    }

    /// <summary>Rebuilds a state made by <see cref="SerializeState"/> of an environment of the same scenario.</summary>
    public void DeserializeState(ReadOnlySpan<byte> state, Span<float> observations)
    {
        var n = EntrySize;
        if (state.Length < 16 || BinaryPrimitives.ReadUInt32LittleEndian(state) != StateMagic)
        {
            throw new ValidationException("state", state.Length, "is not an EnergyCoSim environment state");
        }

        var episode = BinaryPrimitives.ReadInt64LittleEndian(state[4..]);
        var steps = BinaryPrimitives.ReadInt32LittleEndian(state[12..]);
        if (steps < 0 || steps > MaxSteps || state.Length != 16 + (steps * n * sizeof(float)))
        {
            throw new ValidationException("state", state.Length, $"does not match this scenario ({_agents.Length} agents, {MaxSteps} steps)");
        }

        var obs = new float[_agents.Length * ObservationSize];
        var rewards = new double[_agents.Length];
        Reset(episode, obs);
        var entry = new float[n];
        var actionCount = _agents.Length * Spaces.ActionBox.Size;
        for (var s = 0; s < steps; s++)
        {
            for (var k = 0; k < n; k++)
            {
                entry[k] = BinaryPrimitives.ReadSingleLittleEndian(state[(16 + (((s * n) + k) * sizeof(float)))..]);
            }

            for (var i = 0; i < _agents.Length; i++)
            {
                var g = entry[actionCount + (2 * i)];
                var d = entry[actionCount + (2 * i) + 1];
                if (!float.IsNaN(g) || !float.IsNaN(d))
                {
                    OverrideCurrentInterval(i, float.IsNaN(g) ? null : g, float.IsNaN(d) ? null : d);
                }
            }

            Step(entry.AsSpan(0, actionCount), obs, rewards);
        }

        obs.AsSpan(0, Math.Min(obs.Length, observations.Length)).CopyTo(observations);
    }

    /// <summary>Floats per replay entry: the actions, then generation and demand overrides per agent (NaN: none).</summary>
    private int EntrySize => _agents.Length * (Spaces.ActionBox.Size + 2);

    private void RequireReset(string operation)
    {
        if (_episode < 0)
        {
            throw new InvalidStateException("environment", operation, "not reset", "after reset");
        }
    }

    private static void Replace<T>(List<T> list, IEnumerable<T> items)
    {
        list.Clear();
        list.AddRange(items);
    }
}
