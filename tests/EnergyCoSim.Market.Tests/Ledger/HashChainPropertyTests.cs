using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Ledger;
using EnergyCoSim.Market.Orders;
using FsCheck.Xunit;

namespace EnergyCoSim.Market.Tests.Ledger;

public sealed class HashChainPropertyTests
{
    [Property(MaxTest = 40)]
    public bool AnyTrades_ChainValid_AndAnyQuantityTamperDetected(int seed)
    {
        var r = new RandomStream((ulong)(uint)seed);
        var v = new HashChainValidator(new LedgerOptions(1, 1 + r.NextInt(4)));
        var n = 1 + r.NextInt(12);
        for (var i = 0; i < n; i++)
        {
            v.Record(new Trade($"a{r.NextInt(5)}", $"a{r.NextInt(5)}", new PriceUsdPerMWh(r.Uniform(20, 600)), new EnergyKWh(r.Uniform(0, 200)), r.NextDouble(), TradeStage.DoubleAuction));
        }

        v.Seal();
        if (!v.VerifyChain().IsValid || v.Statistics().TotalTrades != n)
        {
            return false;
        }

        var chain = v.Blocks.ToList();
        var b = 1 + r.NextInt(chain.Count - 1);
        var trades = chain[b].Trades.ToArray();
        var k = r.NextInt(trades.Length);
        trades[k] = trades[k] with { Quantity = trades[k].Quantity + new EnergyKWh(0.001) };
        chain[b] = chain[b] with { Trades = trades };
        return HashChainValidator.Verify(chain, 1).FirstInvalidBlock == b;
    }
}
