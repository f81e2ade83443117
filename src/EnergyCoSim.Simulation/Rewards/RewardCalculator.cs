using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Rewards;

/// <summary>
/// MARLEM's per-agent reward (spec §8.4) with decisions.md's corrections: one local weight (0.3) and a terminal
/// unmet-demand penalty that fires on the last step. Rewards are compressed logarithmically (±20·ln(1 + |x|/20)).
/// </summary>
public static class RewardCalculator
{
    /// <summary>Reward for an agent without any trade in the step: compress(−5).</summary>
    public static readonly double NoTradeReward = Compress(-5);

    private const double WeightSum = 56.0;

    /// <summary>The reward of one agent for one step.</summary>
    public static double Compute(RewardInput input)
    {
        var trades = input.AgentTrades;
        if (trades.Count == 0)
        {
            return NoTradeReward;
        }

        var c = input.GridCapacityKW;
        var b = input.GridBalance;
        var qo = input.Order.Quantity.Value;
        var isBuy = input.Order.IsBuy;
        double local = 0, dso = 0, bought = 0, sold = 0, ownSide = 0, value = 0;
        var localCount = 0;
        foreach (var t in trades)
        {
            var q = t.Quantity.Value;
            var asBuyer = t.BuyerId == input.AgentId;
            if (t.IsDsoTrade)
            {
                dso += q;
            }
            else
            {
                local += q;
                localCount++;
            }

            if (asBuyer)
            {
                bought += q;
            }
            else
            {
                sold += q;
            }

            if (asBuyer == isBuy)
            {
                ownSide += q;
            }

            value += t.Price.Value * q;
        }

        var total = local + dso;
        var p = input.ClearingPrice;

        // 1. Grid.
        var g = Math.Clamp(b / c, -1, 1);
        var contrib = (isBuy && b > 0) || (!isBuy && b < 0) ? qo : -qo;
        var prev = b - input.PreviousAgentBalance;
        var improvement = Math.Clamp((Math.Abs(prev) - Math.Abs(b)) / (0.1 * c), -1, 1);
        var rGrid = 1 - Math.Min(Math.Abs(b) / c, 1) + ((contrib / c) - (10 * Math.Abs(g))) + (0.5 * improvement);

        // 2. Resource use, 3. trading.
        var ratio = qo > 0 ? ownSide / qo : 0;
        var rResource = ratio - (1.5 * (1 - ratio));
        var rTrading = qo > 0 ? (0.3 * Math.Min(local / qo, 1)) + (0.3 * Math.Min(dso / qo, 1)) : 0;

        // 4. Stability.
        var volatility = p > 0 ? SeriesStatistics.StdDev(trades.Select(t => t.Price.Value).ToArray()) / p : 1;
        var init = Math.Abs(b);
        var netBought = bought - sold;
        var balanceImprovement = init > 0 ? Math.Max(0, (init - Math.Abs(b + netBought)) / init) : 0;
        var rStability = (0.3 * (1 - (2 * volatility))) + (0.7 * balanceImprovement);

        // 5. Economics.
        var rEconomic = 0.0;
        if (p != 0 && total > 0)
        {
            var avg = value / total;
            var efficiency = 1 - Math.Min(2 * Math.Abs(avg - p) / p, 1);
            var (diff, span) = isBuy ? (input.UtilityPrice - avg, input.UtilityPrice - input.MinPrice) : (avg - input.FeedInTariff, input.MaxPrice - input.FeedInTariff);
            var score = span > 0 ? Math.Clamp(diff / span, 0, 1) : 0;
            rEconomic = (0.4 * efficiency) + (0.6 * score);
        }

        var baseReward = (10 * rGrid) + (1.5 * rResource) + (5 * rTrading) + (2 * rStability) + (3 * rEconomic);

        // 7. Cooperation factor, 8. contribution factor.
        var coop = Cooperation(input.Kpis);
        var gridPart = 0.5;
        if (b != 0)
        {
            var net = sold - bought;
            var r = Math.Min(1, Math.Abs(net) / Math.Abs(b));
            var helpful = (b > 0 && net < 0) || (b < 0 && net > 0);
            gridPart = helpful ? 0.5 + (0.5 * r) : 0.5 - (0.5 * r);
        }

        var pricePart = p > 0 ? Math.Clamp(1 - (2 * trades.Average(t => Math.Abs(t.Price.Value - p)) / p), 0, 1) : 0.5;
        var cf = (0.5 * gridPart) + (0.2 * pricePart) + (0.3 * localCount / trades.Count);

        // 9. DSO dependency penalty, 10. unmet demand at the end of the episode.
        var dsoPenalty = total > 0 ? dso / total * 15 * Math.Abs(b) / Math.Max(c, 1) : 0;
        var demandPenalty = 0.0;
        if (input.IsTerminal && input.TotalDemandKWh > 0)
        {
            var unmet = Math.Max(0, input.TotalDemandKWh - input.CumulativeDemandSatisfiedKWh) / input.TotalDemandKWh;
            demandPenalty = 15 * unmet * unmet;
        }

        var boosted = baseReward * (1 + (Math.Log(1 + Math.Max(0, coop * cf)) / 5));
        var scale = 0.3 * Math.Max(Math.Abs(boosted), 1);
        return Compress(boosted - (dsoPenalty * scale) - (demandPenalty * scale / 15));
    }

    /// <summary>sign(x) · 20 · ln(1 + |x|/20): keeps rewards in a trainable range.</summary>
    public static double Compress(double x) => Math.Sign(x) * 20 * Math.Log(1 + (Math.Abs(x) / 20));

    /// <summary>Σ w_k · KPI_k / 56, with "lower is better" KPIs inverted (spec §8.4 step 7).</summary>
    public static double Cooperation(CooperationKpis k) =>
        ((7 * k.SocialWelfare) + (1.5 * k.MarketLiquidity) + (1.5 * (1 - k.AverageBidAskSpread)) + (3 * (1 - k.PriceVolatility))
         + (5 * k.CoordinationScore) + (10 * (1 - k.SupplyDemandImbalance)) + (9 * (1 - k.GridCongestion))
         + (8 * k.CoordinationConvergence) + (5 * k.DerSelfConsumption) + (6 * k.FlexibilityUtilization)) / WeightSum;
}
