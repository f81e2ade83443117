using System.Security.Cryptography;
using System.Text;
using EnergyCoSim.Market.Ledger;

namespace EnergyCoSim.Market.Tests.Ledger;

/// <summary>The miner against the plain definition: hash the whole JSON text per nonce with the library's SHA-256.</summary>
public sealed class BlockMinerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Mine_RandomSuffixes_FindsTheFirstNonceAndHashOfTheDefinition(int difficulty)
    {
        var random = new Random(difficulty);
        var miner = new BlockMiner();
        // Lengths around the 55/56/64-byte padding edges of SHA-256 and long multi-chunk blocks.
        foreach (var length in new[] { 0, 30, 43, 44, 45, 52, 53, 54, 107, 108, 117, 500, 1203 })
        {
            var suffix = RandomText(random, length);

            var (nonce, hash) = miner.Mine(suffix, difficulty);

            var (expectedNonce, expectedHash) = Reference(suffix, difficulty);
            Assert.Equal(expectedNonce, nonce);
            Assert.Equal(expectedHash, hash);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Mine_Parallel_SameNonceAndHashAsTheDefinition(int difficulty)
    {
        var random = new Random(100 + difficulty);
        var miner = new BlockMiner(parallel: true);
        // Many searches, so passes claimed by the helper thread win some of them and lose others.
        for (var round = 0; round < (difficulty == 2 ? 200 : 20); round++)
        {
            var suffix = RandomText(random, random.Next(0, 900));

            var (nonce, hash) = miner.Mine(suffix, difficulty);

            var (expectedNonce, expectedHash) = Reference(suffix, difficulty);
            Assert.Equal(expectedNonce, nonce);
            Assert.Equal(expectedHash, hash);
        }
    }

    [Fact]
    public void Record_ParallelMining_SameChainAsSequential()
    {
        var sequential = new HashChainValidator(new LedgerOptions(difficulty: 2, blockSize: 3));
        var parallel = new HashChainValidator(new LedgerOptions(difficulty: 2, blockSize: 3, parallelMining: true));
        for (var i = 0; i < 60; i++)
        {
            var trade = new Market.Orders.Trade($"b{i % 4}", $"s{i % 3}", new Core.Units.PriceUsdPerMWh(100 + i), new Core.Units.EnergyKWh(1 + (i * 0.25)), i * 0.5, Market.Orders.TradeStage.DoubleAuction);
            sequential.Record(trade);
            parallel.Record(trade);
        }

        Assert.Equal(sequential.Blocks.Select(b => (b.Nonce, b.Hash)), parallel.Blocks.Select(b => (b.Nonce, b.Hash)));
        Assert.True(parallel.VerifyChain().IsValid);
    }

    [Fact]
    public void SearchRange_SixteenNonces_EveryLaneHashesLikeTheLibrary()
    {
        if (!Sha256Lanes.IsSupported)
        {
            // Without AVX-512 the miner never calls the lane search; the test above covers its scalar loop.
            Assert.False(System.Runtime.Intrinsics.X86.Avx512F.IsSupported && System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated);
            return;
        }

        var random = new Random(7);
        Span<byte> hash = stackalloc byte[32];
        for (var round = 0; round < 300; round++)
        {
            var text = CanonicalBlockWriter.Prefix + "100" + RandomText(random, random.Next(0, 260));
            var message = Encoding.ASCII.GetBytes(text);
            var common = Sha256Lanes.CommonSchedule(message, message.Length);

            var found = Sha256Lanes.SearchRange(message, message.Length, CanonicalBlockWriter.Prefix.Length, 3, 100, 116, common, 1, hash);
            var lane = found < 0 ? -1 : (int)(found - 100);

            var expected = Enumerable.Range(0, 16)
                .Select(k => SHA256.HashData(Encoding.ASCII.GetBytes(CanonicalBlockWriter.Prefix + (100 + k) + text[(CanonicalBlockWriter.Prefix.Length + 3)..])))
                .Select((h, k) => (Hash: h, Lane: k))
                .FirstOrDefault(x => x.Hash[0] < 0x10, (Hash: [], Lane: -1));
            Assert.Equal(expected.Lane, lane);
            if (lane >= 0)
            {
                Assert.Equal(expected.Hash, hash.ToArray());
            }
        }
    }

    private static (long Nonce, byte[] Hash) Reference(string suffix, int difficulty)
    {
        var zeros = new string('0', difficulty);
        for (long nonce = 0; ; nonce++)
        {
            var hash = SHA256.HashData(Encoding.ASCII.GetBytes(CanonicalBlockWriter.Prefix + nonce + suffix));
            if (Convert.ToHexStringLower(hash).StartsWith(zeros, StringComparison.Ordinal))
            {
                return (nonce, hash);
            }
        }
    }

    private static string RandomText(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(0x20, 0x7F))]);
}
