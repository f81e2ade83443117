using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Tests.Analytics;

public sealed class GridMetricsCalculatorTests
{
    [Fact]
    public void Compute_TwoStepHistory_MatchesHandComputation()
    {
        var m = GridMetricsCalculator.Compute(AnalyticsTestData.TwoSteps(), AnalyticsTestData.Capacity, capacityUtilization: 0.3);

        Assert.Equal(0.95, m.SupplyDemandBalance, 12);        // 1 − mean(10, 0)/100
        Assert.Equal(0.3, m.AverageCongestionLevel, 12);
        // price steadiness: prices 150, 120 → mean 135, std 15 → 1 − 15/135.
        Assert.Equal((0.95 + 0.7 + (1 - (15.0 / 135))) / 3, m.GridStabilityIndex, 12);
        Assert.Equal(2.4, m.TransmissionLosses, 12);          // 0.6 + 1.8
        Assert.Equal(2.4 / 50, m.TransmissionLossRatio, 12);
        Assert.Equal(0.8, m.GridUtilizationEfficiency, 12);
        Assert.Equal(25.0 / 30, m.LoadFactor, 12);
        // Two points: trend = slope · r = (0.1)·1 for balance 0.9 → 1; congestion 0.2 → 0.4 gives −0.2.
        Assert.Equal(0.1, m.StabilityTrend, 12);
        Assert.Equal(-0.2, m.CongestionTrend, 12);
        Assert.Equal(0.5, m.EfficiencyTrend, 12);
        Assert.Equal([10.0, 0.0], m.GridBalanceOverTime);
        Assert.Equal(0.3, m.CapacityUtilization);
    }
}
