using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Tests.Analytics;

public sealed class MarketMetricsCalculatorTests
{
    [Fact]
    public void Compute_TwoStepHistory_MatchesHandComputation()
    {
        var rewards = new Dictionary<string, IReadOnlyList<double>> { ["b"] = [1, 3], ["s"] = [2, 2] };
        var m = MarketMetricsCalculator.Compute(AnalyticsTestData.TwoSteps(), rewards);

        // Trades: 10@100, 10@200, 30@120 → Σpq = 1000 + 2000 + 3600 = 6600 → 6.6 USD.
        Assert.Equal(6.6, m.SocialWelfare, 12);
        Assert.Equal(140, m.AverageClearingPrice, 12);                   // mean(100, 200, 120)
        // surplus = max(0, 6600 − 140·50) = 0 → all zero.
        Assert.Equal(0, m.TotalSurplus);
        Assert.Equal(50, m.TotalTradingVolume);
        Assert.Equal(3, m.TransactionCount);
        Assert.Equal(50.0 / 3, m.AverageTradeSize, 12);
        // shares 0.2, 0.2, 0.6 → |·−1/3| = 2/15, 2/15, 4/15 → mean 8/45 → 1 − 3·8/45.
        Assert.Equal(1 - (24.0 / 45), m.AllocationEfficiency, 12);
        // Herfindahl: b 50, s 40, DSO 10 over 2·50 → 0.25 + 0.16 + 0.01.
        Assert.Equal(0.42, m.MarketConcentration, 12);
        Assert.Equal(0.8, m.P2PTradeRatio, 12);
        Assert.Equal(0.2, m.DsoDependencyRatio, 12);
        Assert.Equal(2, m.AverageAgentRewards["b"]);
        Assert.Equal(3, m.TradingFrequencyByAgent["b"]);
        Assert.Equal(1, m.TradingFrequencyByAgent["DSO"]);
    }

    [Theory]
    [InlineData(new double[] { 1, 1, 1, 1 }, 0)]
    [InlineData(new double[] { 0, 0, 0, 4 }, 0.75)]
    public void Gini_KnownDistributions_MatchesDefinition(double[] values, double expected) =>
        Assert.Equal(expected, MarketMetricsCalculator.Gini(values), 12);
}
