using System.Buffers.Binary;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Service.Sessions;

/// <summary>Byte layout of a session state: magic, agent count, 4 × u64 per strategy stream, then the environment state.</summary>
internal static class SessionStateCodec
{
    private const uint Magic = 0x53534345; // "ECSS"

    public static byte[] Encode(IReadOnlyList<RandomStreamState> streams, byte[] environment)
    {
        var header = 8 + (streams.Count * 32);
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

        environment.CopyTo(bytes, header);
        return bytes;
    }

    public static (RandomStreamState[] Streams, byte[] Environment) Decode(ReadOnlySpan<byte> bytes, int agents)
    {
        if (bytes.Length < 8 || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) != agents || bytes.Length < 8 + (agents * 32))
        {
            throw new ValidationException("state", bytes.Length, $"is not a saved state of a session with {agents} agents");
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

        return (streams, bytes[(8 + (agents * 32))..].ToArray());
    }
}
