using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Matching;

/// <summary>
/// Stage 2 (spec §3.6): price–priority double auction over the orders stage 1 left. Buys by (−price, −reputation,
/// timestamp), sells by (price, −reputation, timestamp), ties by submission order. Sorting index keys keeps it
/// O(n log n) with allocations linear in the order count.
/// </summary>
internal static class DoubleAuctionStage
{
    /// <summary>Reputation assumed for agents missing from the scores (MARLEM's default).</summary>
    public const double DefaultReputation = 0.5;

    /// <summary>Runs the auction; returns the buy and sell order indices in priority order (for the DSO fallback).</summary>
    public static (int[] Buys, int[] Sells) Run(MatchingWorkspace ws, IReadOnlyDictionary<string, double>? reputations, double gridBalance, double gridCapacity)
    {
        var orders = ws.Orders;
        int buyCount = 0, sellCount = 0;
        for (var i = 0; i < orders.Count; i++)
        {
            if (!ws.Marked[i] && ws.Remaining[i] > 0)
            {
                if (orders[i].IsBuy)
                {
                    buyCount++;
                }
                else
                {
                    sellCount++;
                }
            }
        }

        var buyKeys = new AuctionKey[buyCount];
        var sellKeys = new AuctionKey[sellCount];
        var useReputation = reputations is { Count: > 0 };
        buyCount = sellCount = 0;
        for (var i = 0; i < orders.Count; i++)
        {
            if (ws.Marked[i] || ws.Remaining[i] <= 0)
            {
                continue;
            }

            var o = orders[i];
            var rep = useReputation ? reputations!.GetValueOrDefault(o.AgentId, DefaultReputation) : DefaultReputation;
            if (o.IsBuy)
            {
                buyKeys[buyCount++] = new AuctionKey(-o.Price.Value, -rep, o.Timestamp, i);
            }
            else
            {
                sellKeys[sellCount++] = new AuctionKey(o.Price.Value, -rep, o.Timestamp, i);
            }
        }

        buyKeys.AsSpan().Sort(default(AuctionKeyComparer));
        sellKeys.AsSpan().Sort(default(AuctionKeyComparer));
        var buys = new int[buyKeys.Length];
        var sells = new int[sellKeys.Length];
        for (var k = 0; k < buys.Length; k++)
        {
            buys[k] = buyKeys[k].Index;
        }

        for (var k = 0; k < sells.Length; k++)
        {
            sells[k] = sellKeys[k].Index;
        }

        // The balance does not move during this stage, so MARLEM's per-pair gate is all or nothing.
        if (Math.Abs(gridBalance) > gridCapacity)
        {
            return (buys, sells);
        }

        var thr = ws.Threshold;
        int i1 = 0, j = 0;
        while (i1 < buys.Length && j < sells.Length && orders[buys[i1]].Price.Value >= orders[sells[j]].Price.Value)
        {
            var b = buys[i1];
            var s = sells[j];
            if (ws.Remaining[b] < thr)
            {
                i1++;
                continue;
            }

            if (ws.Remaining[s] < thr)
            {
                j++;
                continue;
            }

            ws.CreatePeerTrade(b, s, TradeStage.DoubleAuction);
            if (ws.Remaining[b] <= thr)
            {
                i1++;
            }

            if (ws.Remaining[s] <= thr)
            {
                j++;
            }
        }

        return (buys, sells);
    }

    private readonly record struct AuctionKey(double Price, double NegativeReputation, double Timestamp, int Index);

    private readonly struct AuctionKeyComparer : IComparer<AuctionKey>
    {
        public int Compare(AuctionKey x, AuctionKey y)
        {
            var c = x.Price.CompareTo(y.Price);
            if (c != 0)
            {
                return c;
            }

            c = x.NegativeReputation.CompareTo(y.NegativeReputation);
            if (c != 0)
            {
                return c;
            }

            c = x.Timestamp.CompareTo(y.Timestamp);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }
}
