using System.Buffers.Binary;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Service.Sessions;

/// <summary>
/// Byte layout of a session state: magic, agent count, 4 × u64 per strategy stream, input count, the inputs (f64),
/// then the environment state.
/// </summary>
internal static class SessionStateCodec
{
    private const uint Magic = 0x32534345; // "ECS2": v2 carries the variable inputs

    public static byte[] Encode(IReadOnlyList<RandomStreamState> streams, IReadOnlyList<double> inputs, byte[] environment)
    {
        var header = 12 + (streams.Count * 32) + (inputs.Count * 8);
        var bytes = new byte[header + environment.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), streams.Count);
        for (var i = 0; i < streams.Count; i++)
        {
            var at = bytes.AsSpan(8 + (i * 32));
            BinaryPrimitives.WriteUInt64LittleEndian(at, streams[i].S0);
            BinaryPrimitives.WriteUInt64LittleEndian(at[8..], streams[i].S1);
            BinaryPrimitives.WriteUInt64LittleEndian(at[16..], streams[i].S2);
            BinaryPrimitives.WriteUInt64LittleEndian(at[24..], streams[i].S3);
        }

        var o = 8 + (streams.Count * 32);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(o), inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(o + 4 + (i * 8)), inputs[i]);
        }

        environment.CopyTo(bytes, header);
        return bytes;
    }

    public static (RandomStreamState[] Streams, double[] Inputs, byte[] Environment) Decode(ReadOnlySpan<byte> bytes, int agents, int inputs)
    {
        var header = 12 + (agents * 32) + (inputs * 8);
        if (bytes.Length < header || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) != agents || BinaryPrimitives.ReadInt32LittleEndian(bytes[(8 + (agents * 32))..]) != inputs)
        {
            throw new ValidationException("state", bytes.Length, $"is not a saved state of a session with {agents} agents and {inputs} inputs");
        }

        var streams = new RandomStreamState[agents];
        for (var i = 0; i < agents; i++)
        {
            var at = bytes[(8 + (i * 32))..];
            streams[i] = new RandomStreamState(
                BinaryPrimitives.ReadUInt64LittleEndian(at),
                BinaryPrimitives.ReadUInt64LittleEndian(at[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(at[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(at[24..]));
        }

        var values = new double[inputs];
        for (var i = 0; i < inputs; i++)
        {
            values[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(12 + (agents * 32) + (i * 8))..]);
        }

        return (streams, values, bytes[header..].ToArray());
    }
}
