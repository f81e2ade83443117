using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Ledger;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Tests.Ledger;

public sealed class BackgroundMiningTests
{
    private static Trade T(int i) =>
        new($"buyer{i % 4}", $"seller{i % 3}", new PriceUsdPerMWh(100 + i), new EnergyKWh(1 + (i * 0.25)), i * 0.5, TradeStage.DoubleAuction);

    [Fact]
    public void Record_InBackground_OneTradeKnownAnswer()
    {
        var v = new HashChainValidator(new LedgerOptions(difficulty: 2, blockSize: 1, mineInBackground: true));

        v.Record(new Trade("agent_0", "agent_2", new PriceUsdPerMWh(0.225), new EnergyKWh(25.0), 1.0, TradeStage.DoubleAuction));

        Assert.Equal(337, v.Blocks[1].Nonce);
        Assert.Equal("009122733cd152f96d7578bc4ddb0e8844b59990f550fd860c37f9090bc7b036", v.Blocks[1].Hash);
    }

    [Fact]
    public void Record_ManyBlocksInBackground_SameChainAsInline()
    {
        var inline = new HashChainValidator(new LedgerOptions(difficulty: 2, blockSize: 3));
        var background = new HashChainValidator(new LedgerOptions(difficulty: 2, blockSize: 3, mineInBackground: true));

        for (var i = 0; i < 40; i++)
        {
            inline.Record(T(i));
            background.Record(T(i));
            if (i % 7 == 6)
            {
                inline.Seal();
                background.Seal();
            }
        }

        Assert.Equal(inline.Blocks.Select(b => b.Hash), background.Blocks.Select(b => b.Hash));
        Assert.Equal(inline.Blocks.Select(b => b.Nonce), background.Blocks.Select(b => b.Nonce));
        Assert.Equal(inline.PendingTrades, background.PendingTrades);
        Assert.True(background.VerifyChain().IsValid);
    }

    [Fact]
    public void Restore_WhileBlocksAreBeingMined_ReturnsToTheSnapshotAndGrowsLikeInline()
    {
        var inline = new HashChainValidator(new LedgerOptions(difficulty: 3, blockSize: 2));
        var background = new HashChainValidator(new LedgerOptions(difficulty: 3, blockSize: 2, mineInBackground: true));
        foreach (var v in new[] { inline, background })
        {
            v.Record(T(0));
            v.Record(T(1));
            var snapshot = v.Snapshot();
            for (var i = 2; i < 12; i++)
            {
                v.Record(T(i));
            }

            // Restoring right after queuing blocks must wait for them, not race with the miner.
            v.Restore(snapshot);
            v.Record(T(20));
            v.Record(T(21));
            v.Record(T(22));
        }

        Assert.Equal(3, background.Blocks.Count);
        Assert.Equal(inline.Blocks.Select(b => b.Hash), background.Blocks.Select(b => b.Hash));
        Assert.Equal(inline.PendingTrades, background.PendingTrades);
    }

    [Fact]
    public void Reset_WhileBlocksAreBeingMined_OnlyGenesis()
    {
        var v = new HashChainValidator(new LedgerOptions(difficulty: 3, blockSize: 1, mineInBackground: true));
        for (var i = 0; i < 5; i++)
        {
            v.Record(T(i));
        }

        v.Reset();

        Assert.Single(v.Blocks);
        Assert.Equal(HashChainValidator.Genesis().Hash, v.Blocks[0].Hash);
        Assert.Equal(new LedgerStatistics(1, 0, 0, true, 0), v.Statistics());
    }
}
