using System.Text;

namespace EnergyCoSim.Testing;

/// <summary>Every variable value of a mock component plus its step count: the whole state, copied on save.</summary>
internal sealed class MockValues(double[] reals, long[] integers, bool[] booleans, string[] strings, long stepCount)
{
    public double[] Reals { get; } = reals;

    public long[] Integers { get; } = integers;

    public bool[] Booleans { get; } = booleans;

    public string[] Strings { get; } = strings;

    // Mutable so an accepted step allocates nothing (benchmarks measure the master, not the mock).
    public long StepCount { get; set; } = stepCount;

    public MockValues Copy() => new((double[])Reals.Clone(), (long[])Integers.Clone(), (bool[])Booleans.Clone(), (string[])Strings.Clone(), StepCount);

    public byte[] Serialize()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(StepCount);
            writer.Write(Reals.Length);
            foreach (var r in Reals)
            {
                // Raw bits so NaN payloads and -0.0 survive the round trip.
                writer.Write(BitConverter.DoubleToInt64Bits(r));
            }

            writer.Write(Integers.Length);
            foreach (var i in Integers)
            {
                writer.Write(i);
            }

            writer.Write(Booleans.Length);
            foreach (var b in Booleans)
            {
                writer.Write(b);
            }

            writer.Write(Strings.Length);
            foreach (var s in Strings)
            {
                writer.Write(s);
            }
        }

        return stream.ToArray();
    }

    public static MockValues Deserialize(ReadOnlySpan<byte> data)
    {
        using var stream = new MemoryStream(data.ToArray());
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var stepCount = reader.ReadInt64();
        var reals = new double[reader.ReadInt32()];
        for (var i = 0; i < reals.Length; i++)
        {
            reals[i] = BitConverter.Int64BitsToDouble(reader.ReadInt64());
        }

        var integers = new long[reader.ReadInt32()];
        for (var i = 0; i < integers.Length; i++)
        {
            integers[i] = reader.ReadInt64();
        }

        var booleans = new bool[reader.ReadInt32()];
        for (var i = 0; i < booleans.Length; i++)
        {
            booleans[i] = reader.ReadBoolean();
        }

        var strings = new string[reader.ReadInt32()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        return new MockValues(reals, integers, booleans, strings, stepCount);
    }
}
