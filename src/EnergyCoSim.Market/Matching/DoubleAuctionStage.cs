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

        var buyPrices = new double[buyCount];
        var sellPrices = new double[sellCount];
        var buys = new int[buyCount];
        var sells = new int[sellCount];
        buyCount = sellCount = 0;
        for (var i = 0; i < orders.Count; i++)
        {
            if (ws.Marked[i] || ws.Remaining[i] <= 0)
            {
                continue;
            }

            if (orders[i].IsBuy)
            {
                buyPrices[buyCount] = -orders[i].Price.Value;
                buys[buyCount++] = i;
            }
            else
            {
                sellPrices[sellCount] = orders[i].Price.Value;
                sells[sellCount++] = i;
            }
        }

        // The price arrays stay aligned with the index arrays: ties are only reordered within equal prices.
        SortByPriority(buyPrices, buys, orders, reputations);
        SortByPriority(sellPrices, sells, orders, reputations);

        // The balance does not move during this stage, so MARLEM's per-pair gate is all or nothing.
        if (Math.Abs(gridBalance) > gridCapacity)
        {
            return (buys, sells);
        }

        var thr = ws.Threshold;
        int i1 = 0, j = 0;
        while (i1 < buys.Length && j < sells.Length && -buyPrices[i1] >= sellPrices[j])
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

            if (!ws.CreatePeerTrade(b, s, TradeStage.DoubleAuction))
            {
                // Too far for anything to arrive: this seller is passed over for the buyer at the head of the book.
                j++;
                continue;
            }

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

    /// <summary>
    /// Sorts by price with the primitive-key sort (fast, unstable), then orders each run of equal prices by
    /// (−reputation, timestamp, submission index), which makes the result identical to a stable full-key sort.
    /// </summary>
    private static void SortByPriority(double[] prices, int[] indices, IReadOnlyList<Order> orders, IReadOnlyDictionary<string, double>? reputations)
    {
        Array.Sort(prices, indices);
        var useReputation = reputations is { Count: > 0 };
        var start = 0;
        while (start < prices.Length)
        {
            var end = start + 1;
            while (end < prices.Length && prices[end] == prices[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                var ties = new TieKey[end - start];
                for (var k = start; k < end; k++)
                {
                    var o = orders[indices[k]];
                    var rep = useReputation ? reputations!.GetValueOrDefault(o.AgentId, DefaultReputation) : DefaultReputation;
                    ties[k - start] = new TieKey(-rep, o.Timestamp, indices[k]);
                }

                ties.AsSpan().Sort(default(TieKeyComparer));
                for (var k = start; k < end; k++)
                {
                    indices[k] = ties[k - start].Index;
                }
            }

            start = end;
        }
    }

    private readonly record struct TieKey(double NegativeReputation, double Timestamp, int Index);

    private readonly struct TieKeyComparer : IComparer<TieKey>
    {
        public int Compare(TieKey x, TieKey y)
        {
            var c = x.NegativeReputation.CompareTo(y.NegativeReputation);
            if (c != 0)
            {
                return c;
            }

            c = x.Timestamp.CompareTo(y.Timestamp);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }
}
