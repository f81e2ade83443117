using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Ledger;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Tests.Ledger;

public sealed class HashChainValidatorTests
{
    private static Trade T(string buyer, string seller, double price, double quantity, double timestamp) =>
        new(buyer, seller, new PriceUsdPerMWh(price), new EnergyKWh(quantity), timestamp, TradeStage.DoubleAuction);

    [Fact]
    public void Genesis_KnownAnswer()
    {
        var genesis = HashChainValidator.Genesis();

        Assert.Equal("{\"nonce\": 0, \"previous_hash\": \"0\", \"timestamp\": 0, \"trades\": []}", LedgerSerialization.CanonicalJson(genesis));
        Assert.Equal("9f7ae4ae2fead2a40a3f3be08ecbe7eb8709b55c9d637a25fab02b3fbfc72389", genesis.Hash);
    }

    [Fact]
    public void Record_OneTradeDifficulty2_KnownNonceAndHash()
    {
        var v = new HashChainValidator(new LedgerOptions(difficulty: 2, blockSize: 1));

        v.Record(T("agent_0", "agent_2", 0.225, 25.0, 1.0));

        var block = v.Blocks[1];
        Assert.Equal(337, block.Nonce);
        Assert.Equal("009122733cd152f96d7578bc4ddb0e8844b59990f550fd860c37f9090bc7b036", block.Hash);
        Assert.Equal(
            "{\"nonce\": 337, \"previous_hash\": \"9f7ae4ae2fead2a40a3f3be08ecbe7eb8709b55c9d637a25fab02b3fbfc72389\", \"timestamp\": 1.0, \"trades\": [{\"buyer_id\": \"agent_0\", \"price\": 0.225, \"quantity\": 25.0, \"seller_id\": \"agent_2\", \"timestamp\": 1.0}]}",
            LedgerSerialization.CanonicalJson(block));
    }

    [Fact]
    public void Record_SpecItem6_BlockSize3FourTrades_OneBlockOnePending()
    {
        var v = new HashChainValidator(new LedgerOptions(difficulty: 2, blockSize: 3));

        v.Record(T("buyer1", "seller1", 0.25, 10, 0.3));
        v.Record(T("buyer2", "seller2", 0.24, 20, 0.1));
        v.Record(T("buyer3", "seller1", 0.23, 30, 0.2));
        v.Record(T("buyer1", "seller3", 0.22, 40, 0.4));

        Assert.Equal(2, v.Blocks.Count);
        Assert.Single(v.PendingTrades);
        Assert.True(v.VerifyChain().IsValid);
        Assert.Equal(new LedgerStatistics(2, 3, 3.0, true, 1), v.Statistics());
        Assert.Single(v.TradeHistory("buyer1"));
        Assert.Equal(2, v.TradeHistory("seller1").Count);
        Assert.Equal(0.1, v.Blocks[1].Timestamp); // earliest trade of the block
        Assert.StartsWith("00", v.Blocks[1].Hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Seal_PendingTrades_MinedIntoABlock()
    {
        var v = new HashChainValidator();
        v.Record(T("a", "b", 100, 1, 0.5));

        v.Seal();
        v.Seal();

        Assert.Equal(2, v.Blocks.Count);
        Assert.Empty(v.PendingTrades);
        Assert.Equal(v.Blocks[0].Hash, v.Blocks[1].PreviousHash);
    }

    private static HashChainValidator ThreeBlocks()
    {
        var v = new HashChainValidator(new LedgerOptions(2, 2));
        for (var i = 0; i < 6; i++)
        {
            v.Record(T($"b{i}", $"s{i}", 40 + i, 10 + i, i / 24.0));
        }

        return v;
    }

    [Fact]
    public void Verify_TamperedTradeQuantity_DetectedAtItsBlock()
    {
        var chain = ThreeBlocks().Blocks.ToList();
        var block = chain[2];
        chain[2] = block with { Trades = [block.Trades[0] with { Quantity = new EnergyKWh(999) }, block.Trades[1]] };

        var result = HashChainValidator.Verify(chain, 2);

        Assert.Equal(new LedgerVerification(false, 2, "stored hash differs from the hash of the block's content"), result);
    }

    [Fact]
    public void Verify_TamperedAndRehashed_BreaksTheNextLink()
    {
        var chain = ThreeBlocks().Blocks.ToList();
        var tampered = chain[1] with { Trades = [chain[1].Trades[0] with { Price = new PriceUsdPerMWh(1) }, chain[1].Trades[1]] };
        chain[1] = tampered with { Hash = LedgerSerialization.ComputeHash(tampered) };

        var result = HashChainValidator.Verify(chain, 2);

        Assert.False(result.IsValid);
        Assert.True(result.FirstInvalidBlock is 1 or 2);
    }

    [Fact]
    public void Verify_WrongPreviousHash_Detected()
    {
        var chain = ThreeBlocks().Blocks.ToList();
        var relinked = chain[3] with { PreviousHash = chain[1].Hash };
        chain[3] = relinked with { Hash = LedgerSerialization.ComputeHash(relinked) };

        var result = HashChainValidator.Verify(chain, 1);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.FirstInvalidBlock);
    }

    [Fact]
    public void Verify_ForgedHashString_Detected()
    {
        var chain = ThreeBlocks().Blocks.ToList();
        chain[2] = chain[2] with { Hash = "00" + new string('a', 62) };

        Assert.Equal(2, HashChainValidator.Verify(chain, 2).FirstInvalidBlock);
    }

    [Fact]
    public void Verify_NoProofOfWork_Detected()
    {
        var v = new HashChainValidator(new LedgerOptions(1, 1));
        v.Record(T("a", "b", 1, 1, 1));
        var block = v.Blocks[1];

        // At difficulty 1 the block needs one zero; demanding 4 fails on its proof of work, not on its hash.
        var result = HashChainValidator.Verify(v.Blocks, 4);

        Assert.StartsWith("0", block.Hash, StringComparison.Ordinal);
        Assert.Equal(new LedgerVerification(false, 1, "hash lacks 4 leading zeros"), result);
    }

    [Fact]
    public void CanonicalJson_IdsWithQuotesAndNonAscii_EscapedLikePython()
    {
        var block = new LedgerBlock(1, 2.0, "h", [T("a\"b", "é\n", 1, 2, 2)], 7, string.Empty);

        Assert.Equal(
            "{\"nonce\": 7, \"previous_hash\": \"h\", \"timestamp\": 2.0, \"trades\": [{\"buyer_id\": \"a\\\"b\", \"price\": 1.0, \"quantity\": 2.0, \"seller_id\": \"\\u00e9\\n\", \"timestamp\": 2.0}]}",
            LedgerSerialization.CanonicalJson(block));
    }

    [Fact]
    public void Record_NonFiniteTrade_Rejected() =>
        Assert.Throws<ArgumentException>(() => new HashChainValidator().Record(T("a", "b", double.NaN, 1, 0)));

    [Fact]
    public void Reset_AfterTrades_OnlyGenesis()
    {
        var v = ThreeBlocks();
        v.Record(T("x", "y", 1, 1, 1));

        v.Reset();

        Assert.Single(v.Blocks);
        Assert.Empty(v.PendingTrades);
        Assert.Equal(new LedgerStatistics(1, 0, 0, true, 0), v.Statistics());
    }

    [Fact]
    public void Options_OutOfRange_AllReported()
    {
        var ex = Assert.Throws<ValidationException>(() => new LedgerOptions(0, 0));
        Assert.Equal(["ledger.difficulty", "ledger.block_size"], ex.Violations.Select(x => x.Field).ToArray());
    }

    [Fact]
    public void Mine_NonceRollsOverToMoreDigits_HashStillMatchesCanonicalJson()
    {
        // Difficulty 3 needs ~4096 attempts on average: nonces cross 9→10, 99→100 and 999→1000.
        var v = new HashChainValidator(new LedgerOptions(3, 1));
        v.Record(T("agent_0", "agent_1", 55.5, 12.25, 0.125));

        var block = v.Blocks[1];
        Assert.True(block.Nonce >= 10);
        Assert.Equal(LedgerSerialization.ComputeHash(block), block.Hash);
        Assert.StartsWith("000", block.Hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_AfterMoreTrades_ReturnsToTheSnapshot()
    {
        var v = new HashChainValidator(new LedgerOptions(1, 2));
        v.Record(T("a", "b", 1, 1, 0.1));
        var snap = v.Snapshot();

        v.Record(T("c", "d", 2, 2, 0.2));
        v.Record(T("e", "f", 3, 3, 0.3));
        v.Restore(snap);

        Assert.Single(v.Blocks);
        Assert.Single(v.PendingTrades);
        v.Record(T("c", "d", 2, 2, 0.2));
        Assert.Equal(2, v.Blocks.Count);
        Assert.True(v.VerifyChain().IsValid);
    }
}
