using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Reporting;

/// <summary>Every per-scenario figure in report order.</summary>
public static class ScenarioFigures
{
    /// <summary>Renders the spec §10 figures, all distribution kinds, the three matrices and the battery figures of one scenario.</summary>
    public static IReadOnlyList<Figure> RenderAll(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var figures = new List<Figure>
        {
            MarketPerformanceFigure.Render(result),
            TradingNetworkFigure.Render(result),
        };
        figures.AddRange(Enum.GetValues<DistributionKind>().Select(k => DistributionFigure.Render(result, k)));
        figures.AddRange(TradeMatrixFigure.RenderAll(result));
        figures.Add(CoordinationEffectivenessFigure.Render(result));
        figures.Add(GridStabilityFigure.Render(result));
        figures.Add(EconomicEfficiencyFigure.Render(result));
        figures.Add(ResourceUtilizationFigure.Render(result));
        figures.Add(DsoMetricsFigure.Render(result));
        figures.Add(AgentBehaviourFigure.Render(result));
        figures.AddRange(BatteryFigures.RenderAll(result));
        return figures;
    }
}
