using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Tests.Results;

namespace EnergyCoSim.Reporting.Tests;

public sealed class ScenarioFigureTests
{
    private static readonly ScenarioResult Mixed = SyntheticResults.Scenario("mixed_battery", 3, 7, 24);
    private static readonly ScenarioResult NoBattery = SyntheticResults.Scenario("no_battery", 0, 7, 24);

    [Fact]
    public void MarketPerformance_SmallRun_HasStatedSize()
    {
        var f = MarketPerformanceFigure.Render(Mixed);
        Assert.Equal((1600, 1200), (f.Width, f.Height));
        PngAssert.ValidAndNotBlank(f);
    }

    [Fact]
    public void RenderAll_SmallRun_EveryFigureIsValidNonBlankPngWithUniqueName()
    {
        var figures = ScenarioFigures.RenderAll(Mixed);
        Assert.Equal(19, figures.Count);
        Assert.Equal(figures.Count, figures.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var f in figures)
        {
            PngAssert.ValidAndNotBlank(f);
        }
    }

    [Fact]
    public void RenderAll_EmptyRun_GivesNoDataFiguresInsteadOfThrowing()
    {
        foreach (var f in ScenarioFigures.RenderAll(SyntheticResults.Empty()))
        {
            PngAssert.ValidPlaceholder(f);
        }
    }

    [Fact]
    public void BatteryFigures_ScenarioWithoutBatteries_SaysNoBatteryData()
    {
        var figures = BatteryFigures.RenderAll(NoBattery);
        Assert.Equal(3, figures.Count);
        foreach (var f in figures)
        {
            PngAssert.ValidPlaceholder(f);
        }
    }

    [Fact]
    public void TradeMatrix_CountKind_NamesFileAsSpec()
    {
        Assert.Equal("agent_count_matrix", TradeMatrixFigure.Render(Mixed, TradeMatrixKind.Count).Name);
        Assert.Equal("statistical_distribution_cdf", DistributionFigure.NameOf(DistributionKind.Cdf));
    }

    [Fact]
    public void Render_SameInput_GivesIdenticalBytes()
    {
        Assert.Equal(TradingNetworkFigure.Render(Mixed).Png, TradingNetworkFigure.Render(Mixed).Png);
    }
}
