using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Tests.Analytics;

public sealed class DsoMetricsCalculatorTests
{
    [Fact]
    public void Compute_TwoStepHistory_MatchesHandComputation()
    {
        var m = DsoMetricsCalculator.Compute(AnalyticsTestData.TwoSteps(), AnalyticsTestData.Capacity);

        Assert.Equal(10, m.DsoSellVolume);
        Assert.Equal(40, m.P2PVolume);
        Assert.Equal(0.2, m.DsoTradeRatio, 12);          // 10 / 50
        Assert.Equal(0.8, m.SelfSufficiencyRatio, 12);
        Assert.Equal(150, m.PriceSpread, 12);            // 200 − 50
        Assert.Equal(110, m.LocalPriceAverage, 12);      // mean(100, 120)
        Assert.Equal(15, m.LocalPriceAdvantage, 12);     // mean(25, 5)
        Assert.Equal(10, m.NetGridImport, 12);
        Assert.Equal(2.0, m.DsoProfit, 12);              // 10 kWh · 200 / 1000
        // avoided: step 0: 10·125 − 10·100 = 250; step 1: 30·125 − 30·120 = 150 → 400 / 1000 USD.
        Assert.Equal(0.4, m.AvoidedDsoCost, 12);
        Assert.Equal(0.4, m.LocalTradingBenefit, 12);    // (25·10 + 5·30) / 1000
        Assert.Equal(0.75, m.DsoUtilizationEfficiency, 12); // mean(0.5, 1)
        Assert.Equal(0.95, m.MarketBalanceQuality, 12);  // mean(0.9, 1)
        Assert.Equal(1, m.FallbackEffectiveness);
    }

    [Fact]
    public void Compute_EmptyHistory_IsAllZero() => Assert.Equal(new DsoMetrics(), DsoMetricsCalculator.Compute([], 100));
}
