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
    private readonly BlockMiner _miner;

    /// <summary>Creates the validator with its genesis block.</summary>
    public HashChainValidator(LedgerOptions? options = null)
    {
        Options = options ?? new LedgerOptions();
        _miner = new BlockMiner(Options.ParallelMining);
        Reset();
    }

    /// <summary>Difficulty and block size.</summary>
    public LedgerOptions Options { get; }

    /// <summary>The chain, genesis first.</summary>
    public IReadOnlyList<LedgerBlock> Blocks => _chain;

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
    public LedgerVerification VerifyChain() => Verify(_chain, Options.Difficulty);

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
        _chain.SelectMany(b => b.Trades)
            .Where(t => agentId is null || t.BuyerId == agentId || t.SellerId == agentId)
            .ToArray();

    /// <summary>Block and trade counts, average block size and validity.</summary>
    public LedgerStatistics Statistics()
    {
        var trades = _chain.Sum(b => b.Trades.Count);
        return new LedgerStatistics(_chain.Count, trades, (double)trades / Math.Max(_chain.Count - 1, 1), VerifyChain().IsValid, _pending.Count);
    }

    /// <summary>The current chain and pending trades.</summary>
    public LedgerSnapshot Snapshot() => new(_chain.Mark(), _pending.ToArray());

    /// <summary>True when <see cref="Restore"/> accepts <paramref name="snapshot"/> (taken on this chain, which was not cut below it and regrown since).</summary>
    public bool CanRestore(LedgerSnapshot snapshot) => snapshot is not null && _chain.IsValid(snapshot.Blocks);

    /// <summary>Returns to a state taken with <see cref="Snapshot"/> (e.g. when the master rolls a step back).</summary>
    public void Restore(LedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _chain.RollBack(snapshot.Blocks);
        _pending.Clear();
        _pending.AddRange(snapshot.PendingTrades);
    }

    private void MineBlock()
    {
        var trades = _pending.ToArray();
        _pending.Clear();
        var timestamp = trades.Min(t => t.Timestamp);
        var previous = _chain[^1].Hash;
        var (nonce, hash) = _miner.Mine(CanonicalBlockWriter.Suffix(previous, timestamp, trades), Options.Difficulty);
        _chain.Add(new LedgerBlock(_chain.Count, timestamp, previous, trades, nonce, Convert.ToHexStringLower(hash)));
    }
}
