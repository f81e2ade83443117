using System.Buffers.Binary;
using EnergyCoSim.Core.Collections;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Ledger;
using EnergyCoSim.Market.Matching;

namespace EnergyCoSim.Simulation.Environments;

/// <content>
/// Save and restore. In memory a snapshot copies every mutable piece of constant size and marks the append-only
/// histories (fast rollback for iterative coupling: O(agents) per snapshot, not O(steps)).
/// As bytes the state is the episode plus the actions applied since its reset: replaying them on a fresh reset
/// rebuilds the state bit for bit because every random draw is seeded, and the bytes stay small and version-proof.
/// </content>
public sealed partial class LocalEnergyMarketEnvironment
{
    private const uint StateMagic = 0x4543534D; // "ECSM"
    private readonly RollbackList<float[]> _replayLog = new("replay log");

    /// <summary>Takes a snapshot of the complete state at the current step boundary (O(agents), not O(steps)).</summary>
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
            ClearingPrices = _clearingPrices.Mark(),
            ClearingVolumes = _clearingVolumes.Mark(),
            MarketHistory = _marketHistory.Mark(),
            AgentHistory = _agentHistory.Mark(),
            Rewards = _ids.Select(id => _rewardHistory[id].Mark()).ToArray(),
            ReplayLog = _replayLog.Mark(),
            LastRecord = _lastRecord,
            LastKpis = _lastKpis,
        };
    }

    /// <summary>
    /// Restores a snapshot taken in the current episode of this environment: the histories are cut back to the
    /// snapshot's lengths. Snapshots are restored newest first; one whose steps were replaced since (restored past and
    /// stepped again), or taken before the last reset, is refused with an <see cref="InvalidStateException"/>.
    /// </summary>
    public void Restore(EnvironmentSnapshot snapshot, Span<float> observations)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Agents.Length != _agents.Length)
        {
            throw new ValidationException("snapshot", snapshot.Agents.Length, $"holds {snapshot.Agents.Length} agents; this environment has {_agents.Length}");
        }

        // Checked before anything changes, so a refused snapshot leaves the environment as it was.
        if (StaleHistory(snapshot) is { } stale)
        {
            throw new InvalidStateException(
                "environment",
                "restore",
                $"episode {_episode} at step {_step}, whose {stale} no longer holds the steps of the snapshot (episode {snapshot.Episode}, step {snapshot.Step})",
                "snapshots of the current episode taken on the current branch (restore newer snapshots before older ones)");
        }

        (_episode, _step, _done) = (snapshot.Episode, snapshot.Step, snapshot.Done);
        if (snapshot.Ledger is not null)
        {
            ((HashChainValidator)_recorder!).Restore(snapshot.Ledger);
        }

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
            _rewardHistory[_ids[i]].RollBack(snapshot.Rewards[i]);
        }

        _clearingPrices.RollBack(snapshot.ClearingPrices);
        _clearingVolumes.RollBack(snapshot.ClearingVolumes);
        _marketHistory.RollBack(snapshot.MarketHistory);
        _agentHistory.RollBack(snapshot.AgentHistory);
        _replayLog.RollBack(snapshot.ReplayLog);
        // The observation reads the last interval's record and cooperation KPIs; both are kept, so it comes back
        // exactly as Step wrote it (also with history off).
        (_lastRecord, _lastKpis) = (snapshot.LastRecord, snapshot.LastKpis);
        if (!observations.IsEmpty)
        {
            WriteObservations(observations, _lastRecord, _lastKpis);
        }
    }

    /// <summary>The state as bytes: episode and the actions applied since its reset (see the type's remarks).</summary>
    public byte[] SerializeState()
    {
        RequireReset("serialize");
        return Serialize(_episode, _replayLog);
    }

    /// <summary>
    /// The bytes <see cref="SerializeState()"/> gave when <paramref name="snapshot"/> was taken, without restoring it
    /// (it must still be restorable: taken in this episode, on the current branch).
    /// </summary>
    public byte[] SerializeState(EnvironmentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        RequireReset("serialize");
        if (!ReferenceEquals(snapshot.Dso, _dso) || !_replayLog.IsValid(snapshot.ReplayLog))
        {
            throw new InvalidStateException(
                "environment",
                "serialize snapshot",
                $"episode {_episode} at step {_step}, which no longer holds the steps of the snapshot (episode {snapshot.Episode}, step {snapshot.Step})",
                "snapshots of the current episode taken on the current branch");
        }

        return Serialize(snapshot.Episode, _replayLog.Prefix(snapshot.ReplayLog));
    }

    /// <summary>Throws a <see cref="ValidationException"/> unless <paramref name="state"/> is a state of this scenario.</summary>
    public void ValidateState(ReadOnlySpan<byte> state) => ReadHeader(state);

    private byte[] Serialize(long episode, IReadOnlyList<float[]> log)
    {
        var n = EntrySize;
        var bytes = new byte[16 + (log.Count * n * sizeof(float))];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, StateMagic);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(4), episode);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), log.Count);
        var offset = 16;
        foreach (var actions in log)
        {
            foreach (var v in actions)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(offset), v);
                offset += sizeof(float);
            }
        }

        return bytes;
    }

    /// <summary>Which history of this environment no longer holds the snapshot's steps, or null when it can be restored.</summary>
    private string? StaleHistory(EnvironmentSnapshot s)
    {
        if (!ReferenceEquals(s.Dso, _dso))
        {
            return "DSO (the episode was reset)";
        }

        RollbackList<double>? staleRewards = _ids.Select((id, i) => _rewardHistory[id].IsValid(s.Rewards[i]) ? null : _rewardHistory[id]).FirstOrDefault(r => r is not null);
        return !_replayLog.IsValid(s.ReplayLog) ? _replayLog.Name
            : !_clearingPrices.IsValid(s.ClearingPrices) ? _clearingPrices.Name
            : !_clearingVolumes.IsValid(s.ClearingVolumes) ? _clearingVolumes.Name
            : !_marketHistory.IsValid(s.MarketHistory) ? _marketHistory.Name
            : !_agentHistory.IsValid(s.AgentHistory) ? _agentHistory.Name
            : staleRewards is not null ? staleRewards.Name
            : !_matcher.CanRestore(s.Matcher) ? "matching history"
            : s.Ledger is not null && (_recorder is not HashChainValidator ledger || !ledger.CanRestore(s.Ledger)) ? "ledger"
            : null;
    }

    /// <summary>Rebuilds a state made by <see cref="SerializeState()"/> of an environment of the same scenario.</summary>
    public void DeserializeState(ReadOnlySpan<byte> state, Span<float> observations)
    {
        var n = EntrySize;
        var (episode, steps) = ReadHeader(state);

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

            ReplayPriceSignals(entry.AsSpan(actionCount));

            Step(entry.AsSpan(0, actionCount), obs, rewards);
        }

        obs.AsSpan(0, Math.Min(obs.Length, observations.Length)).CopyTo(observations);
    }

    private (long Episode, int Steps) ReadHeader(ReadOnlySpan<byte> state)
    {
        if (state.Length < 16 || BinaryPrimitives.ReadUInt32LittleEndian(state) != StateMagic)
        {
            throw new ValidationException("state", state.Length, "is not an EnergyCoSim environment state");
        }

        var episode = BinaryPrimitives.ReadInt64LittleEndian(state[4..]);
        var steps = BinaryPrimitives.ReadInt32LittleEndian(state[12..]);
        if (steps < 0 || steps > MaxSteps || state.Length != 16 + (steps * EntrySize * sizeof(float)))
        {
            throw new ValidationException("state", state.Length, $"does not match this scenario ({_agents.Length} agents, {MaxSteps} steps)");
        }

        return (episode, steps);
    }

    /// <summary>
    /// Floats per replay entry: the actions, then generation and demand overrides per agent, the grid fee per agent,
    /// the feed-in and utility tariff overrides, the battery service state per agent (1 in, 0 out; NaN: none).
    /// </summary>
    private int EntrySize => (_agents.Length * Spaces.ActionBox.Size) + PendingSize;

    /// <summary>Floats of an entry after the actions (see <see cref="EntrySize"/>).</summary>
    private int PendingSize => (4 * _agents.Length) + 2;

    private void RequireReset(string operation)
    {
        if (_episode < 0)
        {
            throw new InvalidStateException("environment", operation, "not reset", "after reset");
        }
    }
}
