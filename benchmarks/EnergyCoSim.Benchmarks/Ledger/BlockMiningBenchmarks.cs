using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Ledger;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Benchmarks.Ledger;

/// <summary>
/// Mining one block of 5 trades (MARLEM's block size) at difficulty 1–3. Each invocation changes the trade
/// timestamps, so the nonce search length varies as in a run (≈ 16^difficulty hashes on average).
/// The baseline re-serialises the whole JSON and allocates a hex string per attempt, as a straightforward port would.
/// </summary>
[MemoryDiagnoser]
public class BlockMiningBenchmarks
{
    private readonly HashChainValidator[] _validators = new HashChainValidator[4];
    private long _counter;

    [Params(1, 2, 3)]
    public int Difficulty { get; set; }

    /// <summary>Share each nonce search with a thread-pool helper (the environment's default).</summary>
    [Params(false, true)]
    public bool Parallel { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _validators[Difficulty] = new HashChainValidator(new LedgerOptions(Difficulty, 5, Parallel));
        _counter = 0;
    }

    [Benchmark(Description = "Mine a 5-trade block (in-place nonce, span SHA-256)")]
    public string MineBlock()
    {
        var v = _validators[Difficulty];
        v.Reset();
        var ts = ++_counter / 1e6;
        for (var i = 0; i < 5; i++)
        {
            v.Record(Trade(i, ts));
        }

        return v.Blocks[^1].Hash;
    }

    [Benchmark(Baseline = true, Description = "Naive: full JSON string + hex per attempt")]
    public string MineBlockNaive()
    {
        var ts = ++_counter / 1e6;
        var trades = Enumerable.Range(0, 5).Select(i => Trade(i, ts)).ToArray();
        var genesis = HashChainValidator.Genesis();
        var prefix = new string('0', Difficulty);
        for (long nonce = 0; ; nonce++)
        {
            var block = new LedgerBlock(1, ts, genesis.Hash, trades, nonce, string.Empty);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(LedgerSerialization.CanonicalJson(block))));
            if (hash.StartsWith(prefix, StringComparison.Ordinal))
            {
                return hash;
            }
        }
    }

    private static Trade Trade(int i, double ts) =>
        new($"agent_{i}", $"agent_{i + 1}", new PriceUsdPerMWh(120.5 + i), new EnergyKWh(12.25 + i), ts + (i * 1e-3), TradeStage.DoubleAuction);
}
