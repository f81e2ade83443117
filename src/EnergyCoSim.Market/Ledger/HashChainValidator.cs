using EnergyCoSim.Core.Collections;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Ledger;

/// <summary>
/// MARLEM's "blockchain" (spec §5.2) as what it is: a tamper-evident log. Trades are recorded in order; every
/// <see cref="LedgerOptions.BlockSize"/> trades (and at <see cref="Seal"/>) a block is mined with a proof of work of
/// <see cref="LedgerOptions.Difficulty"/> leading hex zeros and linked to the previous hash. Nothing is rejected,
/// there is no consensus and no signature.
/// </summary>
public sealed class HashChainValidator : ITradeRecorder
{
    private readonly RollbackList<LedgerBlock> _chain = new("ledger chain");
    private readonly List<Trade> _pending = [];
    private readonly BlockMiner _miner = new();
    private readonly Queue<Trade[]> _toMine = new();
    private readonly Lock _gate = new();
    private Task _mining = Task.CompletedTask;
    private bool _miningRunning;

    /// <summary>Creates the validator with its genesis block.</summary>
    public HashChainValidator(LedgerOptions? options = null)
    {
        Options = options ?? new LedgerOptions();
        Reset();
    }

    /// <summary>Difficulty and block size.</summary>
    public LedgerOptions Options { get; }

    /// <summary>The chain, genesis first (waits for blocks being mined in the background).</summary>
    public IReadOnlyList<LedgerBlock> Blocks
    {
        get
        {
            CompleteMining();
            return _chain;
        }
    }

    /// <summary>Trades recorded but not yet mined.</summary>
    public IReadOnlyList<Trade> PendingTrades => _pending;

    /// <summary>The genesis block: timestamp 0, previous hash "0", no trades, nonce 0 (no proof of work).</summary>
    public static LedgerBlock Genesis()
    {
        var block = new LedgerBlock(0, 0, "0", [], 0, string.Empty);
        return block with { Hash = LedgerSerialization.ComputeHash(block) };
    }

    /// <summary>Clears the chain back to the genesis block and drops pending trades.</summary>
    public void Reset()
    {
        CompleteMining();
        _chain.Clear();
        _pending.Clear();
        _chain.Add(Genesis());
    }

    /// <inheritdoc />
    public void Record(Trade trade)
    {
        ArgumentNullException.ThrowIfNull(trade);
        if (!double.IsFinite(trade.Price.Value) || !double.IsFinite(trade.Quantity.Value) || !double.IsFinite(trade.Timestamp))
        {
            throw new ArgumentException($"trade {trade.BuyerId}←{trade.SellerId}: price, quantity and timestamp must be finite to be hashed", nameof(trade));
        }

        _pending.Add(trade);
        if (_pending.Count >= Options.BlockSize)
        {
            MineBlock();
        }
    }

    /// <inheritdoc />
    public void Seal()
    {
        if (_pending.Count > 0)
        {
            MineBlock();
        }
    }

    /// <summary>Verifies this chain.</summary>
    public LedgerVerification VerifyChain() => Verify(Blocks, Options.Difficulty);

    /// <summary>
    /// Verifies any chain: the genesis hash; then for every block its stored hash equals the recomputed one, it links
    /// to the previous block's hash, and the hash carries the proof of work.
    /// </summary>
    public static LedgerVerification Verify(IReadOnlyList<LedgerBlock> chain, int difficulty)
    {
        ArgumentNullException.ThrowIfNull(chain);
        if (chain.Count == 0)
        {
            return new LedgerVerification(false, null, "the chain has no genesis block");
        }

        for (var i = 0; i < chain.Count; i++)
        {
            var block = chain[i];
            if (LedgerSerialization.ComputeHash(block) != block.Hash)
            {
                return new LedgerVerification(false, i, "stored hash differs from the hash of the block's content");
            }

            if (i == 0)
            {
                continue;
            }

            if (block.PreviousHash != chain[i - 1].Hash)
            {
                return new LedgerVerification(false, i, "previous_hash does not match the previous block's hash");
            }

            if (!block.Hash.StartsWith(new string('0', difficulty), StringComparison.Ordinal))
            {
                return new LedgerVerification(false, i, $"hash lacks {difficulty} leading zeros");
            }
        }

        return LedgerVerification.Valid;
    }

    /// <summary>Trades in mined blocks, in order; only those of <paramref name="agentId"/> (as buyer or seller) when given.</summary>
    public IReadOnlyList<Trade> TradeHistory(string? agentId = null) =>
        Blocks.SelectMany(b => b.Trades)
            .Where(t => agentId is null || t.BuyerId == agentId || t.SellerId == agentId)
            .ToArray();

    /// <summary>Block and trade counts, average block size and validity.</summary>
    public LedgerStatistics Statistics()
    {
        var chain = Blocks;
        var trades = chain.Sum(b => b.Trades.Count);
        return new LedgerStatistics(chain.Count, trades, (double)trades / Math.Max(chain.Count - 1, 1), VerifyChain().IsValid, _pending.Count);
    }

    /// <summary>The current chain and pending trades.</summary>
    public LedgerSnapshot Snapshot()
    {
        CompleteMining();
        return new(_chain.Mark(), _pending.ToArray());
    }

    /// <summary>True when <see cref="Restore"/> accepts <paramref name="snapshot"/> (taken on this chain, which was not cut below it and regrown since).</summary>
    public bool CanRestore(LedgerSnapshot snapshot)
    {
        CompleteMining();
        return snapshot is not null && _chain.IsValid(snapshot.Blocks);
    }

    /// <summary>Returns to a state taken with <see cref="Snapshot"/> (e.g. when the master rolls a step back).</summary>
    public void Restore(LedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        CompleteMining();
        _chain.RollBack(snapshot.Blocks);
        _pending.Clear();
        _pending.AddRange(snapshot.PendingTrades);
    }

    /// <summary>Waits until every block handed to the background miner is on the chain (no-op when mining inline).</summary>
    public void CompleteMining()
    {
        Task mining;
        lock (_gate)
        {
            mining = _mining;
        }

        try
        {
            // A faulted miner surfaces here, on the owner's thread, once.
            mining.GetAwaiter().GetResult();
        }
        finally
        {
            lock (_gate)
            {
                if (!_miningRunning && ReferenceEquals(_mining, mining))
                {
                    _mining = Task.CompletedTask;
                }
            }
        }
    }

    private void MineBlock()
    {
        var trades = _pending.ToArray();
        _pending.Clear();
        if (!Options.MineInBackground)
        {
            AppendMined(trades);
            return;
        }

        // At most one block behind: a caller that outruns the miner waits instead of queuing unbounded work.
        CompleteMining();
        lock (_gate)
        {
            _toMine.Enqueue(trades);
            if (!_miningRunning)
            {
                _miningRunning = true;
                _mining = Task.Run(MineQueued);
            }
        }
    }

    private void MineQueued()
    {
        try
        {
            while (true)
            {
                Trade[] trades;
                lock (_gate)
                {
                    if (!_toMine.TryDequeue(out trades!))
                    {
                        _miningRunning = false;
                        return;
                    }
                }

                AppendMined(trades);
            }
        }
        catch
        {
            lock (_gate)
            {
                _toMine.Clear();
                _miningRunning = false;
            }

            throw;
        }
    }

    private void AppendMined(Trade[] trades)
    {
        var timestamp = trades.Min(t => t.Timestamp);
        var previous = _chain[^1].Hash;
        var (nonce, hash) = _miner.Mine(CanonicalBlockWriter.Suffix(previous, timestamp, trades), Options.Difficulty);
        _chain.Add(new LedgerBlock(_chain.Count, timestamp, previous, trades, nonce, Convert.ToHexStringLower(hash)));
    }
}
