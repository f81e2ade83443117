using System.Buffers.Binary;
using System.Text;
using EnergyCoSim.Core.Random;

namespace EnergyCoSim.FmuExport;

/// <content>
/// FMU state: the values plus the environment's replay bytes
/// and the strategy streams, so a state serialised in one process restores bit for bit in another.
/// </content>
internal sealed partial class MarketSlave
{
    private const uint StateMagic = 0x45434655; // "ECFU"

    public MarketSlaveState GetState() => new()
    {
        Phase = Phase,
        StartTime = _startTime,
        Time = _time,
        Reals = (double[])_reals.Clone(),
        Ints = (int[])_ints.Clone(),
        Bools = (bool[])_bools.Clone(),
        Strings = (string[])_strings.Clone(),
        EnvironmentBytes = _env?.SerializeState() ?? [],
        Streams = _random.Select(r => r.State).ToArray(),
    };

    public void SetState(MarketSlaveState state)
    {
        if (state.Reals.Length != _reals.Length)
        {
            throw new ArgumentException($"the FMU state holds {state.Reals.Length} reals; this instance has {_reals.Length} (state of another FMU?)");
        }

        var needsEnvironment = state.EnvironmentBytes.Length > 0;
        state.Reals.CopyTo(_reals, 0);
        state.Ints.CopyTo(_ints, 0);
        state.Bools.CopyTo(_bools, 0);
        state.Strings.CopyTo(_strings, 0);
        (Phase, _startTime, _time) = (state.Phase, state.StartTime, state.Time);
        if (!needsEnvironment)
        {
            _env = null;
            return;
        }

        // Always a fresh environment rebuilt by replay: LocalEnergyMarketEnvironment.Restore(snapshot) does not repeat
        // rewards bit for bit (seen on case 5, step 6), while the replayed byte state does; a replay of at most
        // max_steps intervals costs milliseconds, well below a market step of a master's rollback loop.
        BuildEnvironment();
        state.Reals.CopyTo(_reals, 0);
        _env!.DeserializeState(state.EnvironmentBytes, _obs);

        for (var i = 0; i < _random.Length; i++)
        {
            _random[i] = new RandomStream(state.Streams[i]);
        }
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
        WriteArray(w, state.Streams, (x, s) =>
        {
            x.Write(s.S0);
            x.Write(s.S1);
            x.Write(s.S2);
            x.Write(s.S3);
        });
        w.Write(state.EnvironmentBytes.Length);
        w.Write(state.EnvironmentBytes);
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
            var streams = ReadArray(r, x => new RandomStreamState(x.ReadUInt64(), x.ReadUInt64(), x.ReadUInt64(), x.ReadUInt64()));
            var env = r.ReadBytes(r.ReadInt32());
            return new MarketSlaveState
            {
                Phase = phase,
                StartTime = start,
                Time = time,
                Reals = reals,
                Ints = ints,
                Bools = bools,
                Strings = strings,
                Streams = streams,
                EnvironmentBytes = env,
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
