using System.Buffers;
using System.Buffers.Binary;

namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>
/// mosaik framing: a 4-byte unsigned big-endian length, then that many bytes of UTF-8 JSON. Reads tolerate frames split
/// over any number of TCP segments; frames above <see cref="MaxFrameBytes"/> are a protocol violation.
/// </summary>
public sealed class MosaikFrameCodec
{
    /// <summary>Length of the big-endian size prefix.</summary>
    public const int HeaderBytes = 4;

    /// <summary>Creates a codec that refuses frames larger than <paramref name="maxFrameBytes"/>.</summary>
    public MosaikFrameCodec(int maxFrameBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrameBytes, 2);
        MaxFrameBytes = maxFrameBytes;
    }

    /// <summary>Largest accepted payload.</summary>
    public int MaxFrameBytes { get; }

    /// <summary>Reads one frame; returns null when the peer closed the stream cleanly between frames.</summary>
    /// <exception cref="MosaikProtocolException">The stream ended inside a frame, or the frame is too large or empty.</exception>
    public async ValueTask<MosaikFrame?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = ArrayPool<byte>.Shared.Rent(HeaderBytes);
        uint length;
        try
        {
            var got = await stream.ReadAtLeastAsync(header.AsMemory(0, HeaderBytes), HeaderBytes, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (got == 0)
            {
                return null;
            }

            if (got < HeaderBytes)
            {
                throw new MosaikProtocolException($"connection closed inside a frame header ({got} of {HeaderBytes} bytes)");
            }

            length = BinaryPrimitives.ReadUInt32BigEndian(header);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(header);
        }

        if (length == 0 || length > (uint)MaxFrameBytes)
        {
            throw new MosaikProtocolException($"frame length {length} is outside [1, {MaxFrameBytes}] bytes");
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = await stream.ReadAtLeastAsync(buffer.AsMemory(0, (int)length), (int)length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (read < length)
            {
                throw new MosaikProtocolException($"connection closed inside a frame ({read} of {length} bytes)");
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new MosaikFrame(buffer, (int)length);
    }

    /// <summary>Writes the size prefix into the first <see cref="HeaderBytes"/> bytes of <paramref name="frame"/> and sends it in one write.</summary>
    /// <param name="stream">The connection.</param>
    /// <param name="frame">Header placeholder followed by the payload, so the frame leaves in one segment.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public ValueTask WriteAsync(Stream stream, Memory<byte> frame, CancellationToken cancellationToken)
    {
        var payload = frame.Length - HeaderBytes;
        if (payload <= 0 || payload > MaxFrameBytes)
        {
            throw new MosaikProtocolException($"outgoing frame length {payload} is outside [1, {MaxFrameBytes}] bytes");
        }

        BinaryPrimitives.WriteUInt32BigEndian(frame.Span, (uint)payload);
        return stream.WriteAsync(frame, cancellationToken);
    }
}
