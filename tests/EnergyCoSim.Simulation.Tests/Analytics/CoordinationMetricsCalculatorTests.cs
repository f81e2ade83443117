using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Tests.Analytics;

public sealed class CoordinationMetricsCalculatorTests
{
    [Fact]
    public void Compute_TwoStepHistory_MatchesHandComputation()
    {
        var rewards = new Dictionary<string, IReadOnlyList<double>> { ["b"] = [1, 3], ["s"] = [2, 0] };
        var m = CoordinationMetricsCalculator.Compute(AnalyticsTestData.TwoSteps(), rewards, AnalyticsTestData.Capacity);

        // ratio = [0.5, 1], bal = [0.9, 1], cs = [0.7, 1].
        Assert.Equal((0.5 + 1 + 0.9 + 1) / 4, m.CoordinationScore, 12);
        Assert.Equal(0, m.CoordinationConvergence);                       // first window = last window
        Assert.Equal(1, m.StrategyAlignment, 12);                         // perfectly anti-correlated
        Assert.Equal(1, m.EmergentEfficiency, 12);                        // clip(0.5 + 0.75)
        Assert.Equal(0.8, m.ResourceCoordinationIndex, 12);
        Assert.Equal(0.95, m.SupplyDemandCoordination, 12);
        Assert.Equal(0.3, m.CoordinationTrend, 12);
        Assert.Equal(1 - (0.15 / 0.85), m.CoordinationStability, 12);
        Assert.Equal(1, m.SignalImpactScore, 12);
        // step 0: |GB| = 10 is not < 0.1·100 → 0.9; step 1 → 1.
        Assert.Equal(0.95, m.BatteryCoordinationEfficiency, 12);
    }
}
