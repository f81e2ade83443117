using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Market.Ledger;

/// <summary>Validated settings of the hash-chain validator.</summary>
public sealed class LedgerOptions
{
    /// <summary>Creates and validates the options; all problems are reported together.</summary>
    /// <param name="difficulty">Leading hex zeros required of a block hash, in [1, 16] (each adds a factor 16 of work).</param>
    /// <param name="blockSize">Trades per block before one is mined, ≥ 1.</param>
    /// <param name="mineInBackground">Mine blocks on a worker thread while the caller goes on (the chain is the same).</param>
    public LedgerOptions(int difficulty = 2, int blockSize = 5, bool mineInBackground = false)
    {
        var root = new ViolationCollector();
        var c = root.Scope("ledger");
        c.InRange("difficulty", difficulty, 1, 16);
        c.InRange("block_size", blockSize, 1, int.MaxValue);
        root.ThrowIfAny("ledger options");
        (Difficulty, BlockSize, MineInBackground) = (difficulty, blockSize, mineInBackground);
    }

    /// <summary>Leading hex zeros of a mined block hash.</summary>
    public int Difficulty { get; }

    /// <summary>Trades per block.</summary>
    public int BlockSize { get; }

    /// <summary>
    /// Blocks are mined on a worker thread, in order, while the market goes on, at most one block behind; every read
    /// of the chain waits for them. Takes the proof of work off the critical path of a lockstep client (gRPC, mosaik) whose turnaround
    /// overlaps it; the blocks, nonces and hashes are those of inline mining.
    /// </summary>
    public bool MineInBackground { get; }
}
