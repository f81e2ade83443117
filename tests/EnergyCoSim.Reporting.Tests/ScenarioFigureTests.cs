using EnergyCoSim.Simulation.Tests.Results;

namespace EnergyCoSim.Reporting.Tests;

public sealed class ScenarioFigureTests
{
    private static readonly Simulation.Results.ScenarioResult Mixed = SyntheticResults.Scenario("mixed_battery", 3, 7, 24);

    [Fact]
    public void MarketPerformance_SmallRun_IsValidNonBlankPng()
    {
        var f = MarketPerformanceFigure.Render(Mixed);
        Assert.Equal((1600, 1200), (f.Width, f.Height));
        PngAssert.ValidAndNotBlank(f);
    }

    [Fact]
    public void MarketPerformance_EmptyRun_SaysNoData()
    {
        PngAssert.ValidAndNotBlank(MarketPerformanceFigure.Render(SyntheticResults.Empty()));
    }
}
