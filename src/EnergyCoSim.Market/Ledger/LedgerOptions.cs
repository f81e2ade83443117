using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Market.Ledger;

/// <summary>Validated settings of the hash-chain validator.</summary>
public sealed class LedgerOptions
{
    /// <summary>Creates and validates the options; all problems are reported together.</summary>
    /// <param name="difficulty">Leading hex zeros required of a block hash, in [1, 16] (each adds a factor 16 of work).</param>
    /// <param name="blockSize">Trades per block before one is mined, ≥ 1.</param>
    /// <param name="parallelMining">Share each nonce search with a thread-pool helper (same nonce as the sequential search).</param>
    public LedgerOptions(int difficulty = 2, int blockSize = 5, bool parallelMining = false)
    {
        var root = new ViolationCollector();
        var c = root.Scope("ledger");
        c.InRange("difficulty", difficulty, 1, 16);
        c.InRange("block_size", blockSize, 1, int.MaxValue);
        root.ThrowIfAny("ledger options");
        (Difficulty, BlockSize, ParallelMining) = (difficulty, blockSize, parallelMining);
    }

    /// <summary>Leading hex zeros of a mined block hash.</summary>
    public int Difficulty { get; }

    /// <summary>Trades per block.</summary>
    public int BlockSize { get; }

    /// <summary>
    /// Each nonce search is shared with one thread-pool helper, pass by pass; the earliest hit wins, so the nonce is
    /// the sequential search's. Halves a block's latency when a second core is idle (ignored on one core).
    /// </summary>
    public bool ParallelMining { get; }
}
