using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Resource utilisation (2×2): allocation quality, welfare distribution, market structure, volume. 1600×1200 px.</summary>
public static class ResourceUtilizationFigure
{
    /// <summary>File name.</summary>
    public const string Name = "resource_utilization_metrics";

    /// <summary>Renders the figure.</summary>
    public static Figure Render(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var m = result.Market;
        const string caption = "How well traded energy is allocated and shared: efficiency indices, welfare (USD) with its Gini and fairness, P2P vs DSO dependency (green ≥ 0.7, orange ≥ 0.3, red below; DSO dependency: lower is better), and volume.";
        var title = $"Resource Utilization — {result.Scenario}";
        if (m.TransactionCount == 0)
        {
            return FigureCanvas.Grid(Name, title, caption, 1, 1, [FigureCanvas.NoData("Resource utilization", "trade")]);
        }

        var efficiency = MetricBars.Plot("Allocation", "Index (0–1)",
        [
            ("Allocation eff.", m.AllocationEfficiency, MetricBars.Traffic(m.AllocationEfficiency)),
            ("Price discovery", m.PriceDiscoveryEfficiency, MetricBars.Traffic(m.PriceDiscoveryEfficiency)),
        ]);
        var welfare = MetricBars.Plot("Welfare distribution", "Value",
        [
            ("Welfare (USD)", m.SocialWelfare, Colors.SlateGray),
            ("Gini", m.WelfareDistributionGini, MetricBars.Traffic(1 - m.WelfareDistributionGini)),
            ("Fairness", m.PriceFairnessIndex, MetricBars.Traffic(m.PriceFairnessIndex)),
        ], "0.##");
        var structure = MetricBars.Plot("Market structure", "Share / index (0–1)",
        [
            ("P2P ratio", m.P2PTradeRatio, MetricBars.Traffic(m.P2PTradeRatio)),
            ("DSO dependency", m.DsoDependencyRatio, MetricBars.Traffic(1 - m.DsoDependencyRatio)),
            ("Liquidity", m.MarketLiquidity, MetricBars.Traffic(m.MarketLiquidity)),
        ]);
        var volume = MetricBars.Plot("Activity", "Energy (kWh) / trades (count)",
        [
            ("Volume (kWh)", m.TotalTradingVolume, ReportColors.Volume),
            ("Trades", m.TransactionCount, ReportColors.Price),
            ("Avg trade (kWh)", m.AverageTradeSize, Colors.Orange),
        ], "0.#");
        return FigureCanvas.Grid(Name, title, caption, 2, 2, [efficiency, welfare, structure, volume]);
    }
}
