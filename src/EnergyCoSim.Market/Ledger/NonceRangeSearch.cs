namespace EnergyCoSim.Market.Ledger;

/// <summary>
/// One digit range of the proof-of-work search, run by the mining thread alone or shared with a thread-pool helper:
/// each thread claims the next 16-nonce pass; the earliest pass with a hit wins, so the nonce is the sequential
/// search's. A helper that starts after the range closed does nothing, so a busy pool only costs the queued item.
/// </summary>
internal sealed class NonceRangeSearch : IThreadPoolWorkItem
{
    private readonly Lock _gate = new();
    private readonly byte[] _hash = new byte[32];
    private long _nextPass = -1;
    private long _bestPass = long.MaxValue;
    private int _active;
    private int _closed;

    public NonceRangeSearch(byte[] message, int length, int at, int digits, long low, long high, uint[] commonKw, int commonLength, int difficulty)
    {
        (Message, Length, At, Digits, Low, High, CommonKw, CommonLength, Difficulty) = (message, length, at, digits, low, high, commonKw, commonLength, difficulty);
        Passes = (high - low + Sha256Lanes.Width - 1) / Sha256Lanes.Width;
    }

    public byte[] Message { get; }

    public int Length { get; }

    public int At { get; }

    public int Digits { get; }

    public long Low { get; }

    public long High { get; }

    public uint[] CommonKw { get; }

    public int CommonLength { get; }

    public int Difficulty { get; }

    public long Passes { get; }

    /// <summary>The winning nonce, or −1 when the range has none.</summary>
    public long Nonce { get; private set; } = -1;

    /// <summary>Searches on the calling thread alone; the first nonce meeting the difficulty (its digest in <paramref name="hash"/>), or −1.</summary>
    public long RunAlone(Span<byte> hash)
    {
        Sha256Lanes.SearchPasses(this);
        _hash.CopyTo(hash);
        return Nonce;
    }

    /// <summary>As <see cref="RunAlone"/> with one pool helper; returns when the winner is known and the helper has left.</summary>
    public long RunShared(Span<byte> hash)
    {
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        Sha256Lanes.SearchPasses(this);
        // Full fence, then wait: either the helper sees the range closed or this thread sees it active (Dekker).
        Interlocked.Exchange(ref _closed, 1);
        var spin = default(SpinWait);
        while (Volatile.Read(ref _active) != 0)
        {
            spin.SpinOnce();
        }

        _hash.CopyTo(hash);
        return Nonce;
    }

    /// <summary>Claims the next pass; false once every pass is claimed or a hit in an earlier pass makes the rest moot.</summary>
    public bool TryClaim(out long pass)
    {
        pass = Interlocked.Increment(ref _nextPass);
        return pass < Passes && pass < Volatile.Read(ref _bestPass);
    }

    /// <summary>Reports a hit of <paramref name="pass"/>; the earliest pass wins.</summary>
    public void Found(long pass, long nonce, ReadOnlySpan<byte> hash)
    {
        lock (_gate)
        {
            if (pass < _bestPass)
            {
                hash.CopyTo(_hash);
                Nonce = nonce;
                Volatile.Write(ref _bestPass, pass);
            }
        }
    }

    void IThreadPoolWorkItem.Execute()
    {
        Interlocked.Increment(ref _active);
        try
        {
            if (Volatile.Read(ref _closed) == 0)
            {
                Sha256Lanes.SearchPasses(this);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _active);
        }
    }
}
