using System.Buffers;

namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>One received frame payload in a pooled buffer; dispose it once the payload is no longer read.</summary>
public sealed class MosaikFrame : IDisposable
{
    private byte[]? _buffer;

    internal MosaikFrame(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>Payload length in bytes.</summary>
    public int Length { get; }

    /// <summary>The UTF-8 JSON payload (without the length prefix).</summary>
    public ReadOnlyMemory<byte> Payload => _buffer is { } b ? b.AsMemory(0, Length) : throw new ObjectDisposedException(nameof(MosaikFrame));

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } b)
        {
            ArrayPool<byte>.Shared.Return(b);
        }
    }
}
