namespace EnergyCoSim.Benchmarks.Mosaik;

/// <summary>
/// An in-memory "mosaik" for measuring the endpoint alone: reads return the next scripted request frame as soon as
/// the previous reply was written, writes are swallowed; no socket, no thread hop.
/// </summary>
public sealed class ScriptedMosaikStream(MosaikBenchmarkScript script, long steps) : Stream
{
    private byte[] _current = [];
    private int _offset;
    private long _frame;

    public long BytesWritten { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_offset == _current.Length && !Next())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override void Write(byte[] buffer, int offset, int count) => BytesWritten += count;

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        BytesWritten += buffer.Length;
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private bool Next()
    {
        var f = _frame++;
        var setup = script.SetupFrames.Length;
        if (f < setup)
        {
            _current = script.SetupFrames[f];
        }
        else if (f < setup + (2 * steps))
        {
            var k = (f - setup) / 2;
            _current = (f - setup) % 2 == 0 ? script.Step(k) : script.GetData(k);
        }
        else if (f == setup + (2 * steps))
        {
            _current = MosaikBenchmarkScript.Stop(steps);
        }
        else
        {
            return false;
        }

        _offset = 0;
        return true;
    }
}
