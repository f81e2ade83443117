using System.Buffers.Binary;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Simulation.Components;

/// <content>One market interval per step, and save/restore (snapshot in memory, replay bytes for checkpoints).</content>
public sealed partial class MarketComponent
{
    private const uint StateMagic = 0x4D4B4354; // "MKCT"

    /// <inheritdoc />
    public ValueTask<StepResult> StepAsync(SimulationTime currentTime, SimulationDuration stepSize, CancellationToken cancellationToken)
    {
        _lifecycle.Require("step", ComponentLifecycleState.Stepping);
        cancellationToken.ThrowIfCancellationRequested();
        if (stepSize.Ticks != _intervalTicks)
        {
            return ValueTask.FromResult(StepResult.Failed(
                $"{Name}: step size {stepSize.Ticks} ticks is not the market interval {_env.Scenario.MarketInterval} ({_intervalTicks} ticks); choose that base step or a step multiple giving it"));
        }

        var index = (currentTime - _start).Ticks / _intervalTicks;
        if (index != _env.CurrentStep || _env.IsDone)
        {
            return ValueTask.FromResult(StepResult.Failed(
                $"{Name}: time {currentTime.Ticks} is market interval {index}, but the market is at interval {_env.CurrentStep} of {_env.MaxSteps}"));
        }

        _layout.ApplyInputs(_env, _reals);
        Decide();
        _env.Step(_actions, _observations, _rewards);
        _layout.Publish(_env, _reals);
        return ValueTask.FromResult(StepResult.Accepted);
    }

    /// <inheritdoc />
    public ComponentState SaveState()
    {
        _lifecycle.Require("save state", ComponentLifecycleState.Initializing, ComponentLifecycleState.Stepping);
        return new MarketComponentState(Name, _env.Snapshot(), _random.Select(r => r.State).ToArray(), (double[])_reals.Clone());
    }

    /// <inheritdoc />
    public void RestoreState(ComponentState state)
    {
        _lifecycle.Require("restore state", ComponentLifecycleState.Initializing, ComponentLifecycleState.Stepping);
        if (state is not MarketComponentState s || s.OwnerName != Name)
        {
            throw new ValidationException($"{Name}.state", state?.OwnerName ?? "null", "was not saved by this component");
        }

        if (s.EnvironmentBytes is { } bytes)
        {
            _env.DeserializeState(bytes, _observations);
        }
        else
        {
            _env.Restore(s.Environment!, _observations);
        }

        _random = s.Streams.Select(x => new RandomStream(x)).ToArray();
        s.Values.CopyTo(_reals, 0);
    }

    /// <inheritdoc />
    public byte[] SerializeState(ComponentState state)
    {
        if (state is not MarketComponentState s)
        {
            throw new ValidationException($"{Name}.state", state?.OwnerName ?? "null", "was not saved by this component");
        }

        // The environment serialises itself by replay: the actions up to the saved point, read from its append-only log.
        var env = s.EnvironmentBytes ?? _env.SerializeState(s.Environment!);
        var bytes = new byte[12 + (s.Streams.Length * 32) + (s.Values.Length * 8) + env.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, StateMagic);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), s.Streams.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), s.Values.Length);
        var o = 12;
        foreach (var r in s.Streams)
        {
            foreach (var w in new[] { r.S0, r.S1, r.S2, r.S3 })
            {
                BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(o), w);
                o += 8;
            }
        }

        foreach (var v in s.Values)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(o), v);
            o += 8;
        }

        env.CopyTo(bytes, o);
        return bytes;
    }

    /// <inheritdoc />
    public ComponentState DeserializeState(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12 || BinaryPrimitives.ReadUInt32LittleEndian(data) != StateMagic)
        {
            throw new ValidationException($"{Name}.state", data.Length, "is not a market component state");
        }

        var streams = BinaryPrimitives.ReadInt32LittleEndian(data[4..]);
        var values = BinaryPrimitives.ReadInt32LittleEndian(data[8..]);
        if (streams != _env.AgentIds.Count || values != _reals.Length || data.Length < 12 + (streams * 32) + (values * 8))
        {
            throw new ValidationException($"{Name}.state", data.Length, $"does not match this market ({_env.AgentIds.Count} agents, {_reals.Length} variables)");
        }

        var o = 12;
        var s = new RandomStreamState[streams];
        for (var i = 0; i < streams; i++, o += 32)
        {
            s[i] = new RandomStreamState(
                BinaryPrimitives.ReadUInt64LittleEndian(data[o..]), BinaryPrimitives.ReadUInt64LittleEndian(data[(o + 8)..]),
                BinaryPrimitives.ReadUInt64LittleEndian(data[(o + 16)..]), BinaryPrimitives.ReadUInt64LittleEndian(data[(o + 24)..]));
        }

        var v = new double[values];
        for (var i = 0; i < values; i++, o += 8)
        {
            v[i] = BinaryPrimitives.ReadDoubleLittleEndian(data[o..]);
        }

        // Kept as bytes and replayed on restore: rebuilding it here would reset the environment under the running
        // episode, and a snapshot of another branch could not be restored past the append-only histories anyway.
        var env = data[o..].ToArray();
        _env.ValidateState(env);
        return new MarketComponentState(Name, null, s, v) { EnvironmentBytes = env };
    }

    private void Decide() => ScenarioRunner.Decide(_env, _strategy, _observations, _actions, _random, _meanUtility);
}
