using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Tests.Results;

namespace EnergyCoSim.Reporting.Tests;

public sealed class PanelFigureTests
{
    private static readonly IReadOnlyList<ScenarioResult> Run = SyntheticResults.Run(scenarios: 6, agents: 4, steps: 8);

    [Fact]
    public void StorageCoordinationPanel_SixScenarios_IsValidPngOfStatedSize()
    {
        var f = StorageCoordinationPanel.Render(Run);
        Assert.Equal((1600, 1200), (f.Width, f.Height));
        Assert.Equal("Battery Storage Coordination Analysis", f.Title);
        PngAssert.ValidAndNotBlank(f);
    }

    [Fact]
    public void StrategyPerformancePanel_SixScenarios_IsValidPng()
    {
        var f = StrategyPerformancePanel.Render(Run);
        Assert.Equal("Battery Storage Strategy Performance Analysis", f.Title);
        PngAssert.ValidAndNotBlank(f);
    }

    [Fact]
    public void Panels_NoScenarios_SayNoData()
    {
        PngAssert.ValidPlaceholder(StorageCoordinationPanel.Render([]));
        PngAssert.ValidPlaceholder(StrategyPerformancePanel.Render([]));
    }

    [Fact]
    public void ScenarioColors_AnyOrder_SameColourPerName()
    {
        var a = ReportColors.ForScenarios(["b", "a", "c"]);
        var b = ReportColors.ForScenarios(["c", "b", "a"]);
        Assert.Equal(a["a"], b["a"]);
        Assert.Equal(a["c"], b["c"]);
        Assert.NotEqual(a["a"], a["b"]);
    }

    [Fact]
    public void LearningCurve_TwoAlgorithmsThreeModes_IsValidPng()
    {
        var points = new List<LearningCurvePoint>();
        foreach (var algo in new[] { "ppo", "sac" })
        {
            foreach (var (mode, k) in new[] { ("ctce", 1.0), ("ctde", 0.8), ("dtde", 0.6) })
            {
                for (var i = 0; i < 30; i++)
                {
                    var mean = k * (10 - (10 * Math.Exp(-i / 8.0))) + (algo == "sac" ? 1 : 0);
                    points.Add(new LearningCurvePoint(algo, mode, i, mean, mean - 2, mean + 2));
                }
            }
        }

        var f = LearningCurveFigure.Render(points);
        Assert.Equal((LearningCurveFigure.Width, LearningCurveFigure.Height), (f.Width, f.Height));
        PngAssert.ValidAndNotBlank(f);
    }

    [Fact]
    public void LearningCurve_NoPoints_SaysNoData()
    {
        PngAssert.ValidPlaceholder(LearningCurveFigure.Render([]));
    }
}
