using System.Buffers.Binary;
using System.Text;

namespace EnergyCoSim.FmuExport;

/// <content>
/// FMU state: the values plus the inputs of every cleared interval. Restoring rebuilds the environment and replays
/// those intervals through the strategy (its streams start from their seeds again), so a state restores bit for bit,
/// in this process or, serialised, in another — tariff overrides included, which the environment's own byte state lacks.
/// </content>
internal sealed partial class MarketSlave
{
    private const uint StateMagic = 0x32434655; // "UFC2": version 2, inputs replayed (version 1 carried environment bytes)

    public MarketSlaveState GetState() => new()
    {
        Phase = Phase,
        StartTime = _startTime,
        Time = _time,
        Reals = (double[])_reals.Clone(),
        Ints = (int[])_ints.Clone(),
        Bools = (bool[])_bools.Clone(),
        Strings = (string[])_strings.Clone(),
        HasEnvironment = _env is not null,
        Inputs = [.. _inputLog],
    };

    public void SetState(MarketSlaveState state)
    {
        if (state.Reals.Length != _reals.Length)
        {
            throw new ArgumentException($"the FMU state holds {state.Reals.Length} reals; this instance has {_reals.Length} (state of another FMU?)");
        }

        if (state.Inputs.Any(i => i.Length != InputsPerInterval))
        {
            throw new ArgumentException($"the FMU state logs inputs of another size than this instance's {InputsPerInterval} per interval (state of another FMU?)");
        }

        state.Reals.CopyTo(_reals, 0);
        state.Ints.CopyTo(_ints, 0);
        state.Bools.CopyTo(_bools, 0);
        state.Strings.CopyTo(_strings, 0);
        (Phase, _startTime, _time) = (state.Phase, state.StartTime, state.Time);
        if (!state.HasEnvironment)
        {
            _env = null;
            _inputLog.Clear();
            return;
        }

        // Replayed rather than restored from an in-memory snapshot: the replay needs no environment internals, carries
        // tariff overrides and observations exactly, and costs a few milliseconds for a day of intervals.
        BuildEnvironment();
        foreach (var inputs in state.Inputs)
        {
            ClearInterval(inputs);
        }

        state.Reals.CopyTo(_reals, 0);
        state.Ints.CopyTo(_ints, 0);
        state.Bools.CopyTo(_bools, 0);
    }

    public static byte[] Serialize(MarketSlaveState state)
    {
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream, Encoding.UTF8);
        w.Write(StateMagic);
        w.Write((int)state.Phase);
        w.Write(state.StartTime);
        w.Write(state.Time);
        WriteArray(w, state.Reals, (x, v) => x.Write(v));
        WriteArray(w, state.Ints, (x, v) => x.Write(v));
        WriteArray(w, state.Bools, (x, v) => x.Write(v));
        WriteArray(w, state.Strings, (x, v) => x.Write(v));
        w.Write(state.HasEnvironment);
        WriteArray(w, state.Inputs, (x, inputs) => WriteArray(x, inputs, (y, v) => y.Write(v)));
        w.Flush();
        return stream.ToArray();
    }

    public static MarketSlaveState Deserialize(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != StateMagic)
        {
            throw new ArgumentException($"the {bytes.Length} bytes are not a serialised EnergyCoSim FMU state");
        }

        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes.ToArray()), Encoding.UTF8);
            r.ReadUInt32();
            var phase = (SlavePhase)r.ReadInt32();
            var start = r.ReadDouble();
            var time = r.ReadDouble();
            var reals = ReadArray(r, x => x.ReadDouble());
            var ints = ReadArray(r, x => x.ReadInt32());
            var bools = ReadArray(r, x => x.ReadBoolean());
            var strings = ReadArray(r, x => x.ReadString());
            var hasEnvironment = r.ReadBoolean();
            var inputs = ReadArray(r, x => ReadArray(x, y => y.ReadDouble()));
            return new MarketSlaveState
            {
                Phase = phase,
                StartTime = start,
                Time = time,
                Reals = reals,
                Ints = ints,
                Bools = bools,
                Strings = strings,
                HasEnvironment = hasEnvironment,
                Inputs = inputs,
            };
        }
        catch (EndOfStreamException ex)
        {
            throw new ArgumentException($"the serialised FMU state is truncated ({bytes.Length} bytes)", ex);
        }
    }

    private static void WriteArray<T>(BinaryWriter w, T[] items, Action<BinaryWriter, T> write)
    {
        w.Write(items.Length);
        foreach (var item in items)
        {
            write(w, item);
        }
    }

    private static T[] ReadArray<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > 1_000_000)
        {
            throw new ArgumentException($"the serialised FMU state is corrupt (array of {count})");
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read(r);
        }

        return items;
    }
}
