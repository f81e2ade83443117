using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Matching;

/// <summary>Stage 1b (spec §3.6): mutual peer preferences, vetted by the DSO's grid check, best score first.</summary>
internal static class PreferenceStage
{
    public static void Run(MatchingWorkspace ws)
    {
        var orders = ws.Orders;
        var dsoId = ws.Dso.Id;
        Dictionary<string, List<int>>? byAgent = null;
        for (var i = 0; i < orders.Count; i++)
        {
            if (!ws.Marked[i] && orders[i].PartnerId is { } partner && partner != dsoId)
            {
                byAgent ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
                if (!byAgent.TryGetValue(orders[i].AgentId, out var list))
                {
                    byAgent[orders[i].AgentId] = list = [];
                }

                list.Add(i);
            }
        }

        if (byAgent is null)
        {
            return;
        }

        var range = ws.Config.MaxPrice.Value - ws.Config.MinPrice.Value;
        var candidates = new List<Candidate>();
        for (var i = 0; i < orders.Count; i++)
        {
            var o = orders[i];
            if (ws.Marked[i] || o.PartnerId is not { } partner || partner == dsoId || !byAgent.TryGetValue(partner, out var partnerOrders))
            {
                continue;
            }

            foreach (var c in partnerOrders)
            {
                if (orders[c].Side == o.Side || orders[c].PartnerId != o.AgentId)
                {
                    continue;
                }

                var (buy, sell) = o.IsBuy ? (i, c) : (c, i);
                var b = orders[buy];
                var s = orders[sell];
                var q = Math.Min(ws.Remaining[buy], ws.Remaining[sell]);
                if (!ws.Dso.ValidateGridConstraints(b.NodeId, s.NodeId, b.Price.Value, s.Price.Value, q))
                {
                    continue;
                }

                // Each mutual pair is found from both sides and kept twice, as in MARLEM: after a lossy trade the
                // buyer's loss-sized residual can be served by the same seller through the second entry.
                var score = range == 0 ? 0.5 : 1 - ((b.Price.Value - s.Price.Value) / range);
                candidates.Add(new Candidate(score, candidates.Count, buy, sell));
            }
        }

        candidates.Sort(static (x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Sequence.CompareTo(y.Sequence));
        var thr = ws.Threshold;
        foreach (var c in candidates)
        {
            if (ws.Marked[c.Buy] || ws.Marked[c.Sell])
            {
                continue;
            }

            if (ws.Remaining[c.Buy] < thr || ws.Remaining[c.Sell] < thr)
            {
                ws.Marked[c.Buy] = ws.Marked[c.Sell] = true;
                continue;
            }

            if (!ws.CreatePeerTrade(c.Buy, c.Sell, TradeStage.PeerPreference))
            {
                continue;
            }

            ws.Marked[c.Buy] |= ws.Remaining[c.Buy] <= thr;
            ws.Marked[c.Sell] |= ws.Remaining[c.Sell] <= thr;
        }
    }

    private readonly record struct Candidate(double Score, int Sequence, int Buy, int Sell);
}
