using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Grid stability (2×2): balance, congestion, stability and utilisation over time, and the §9.3 indices. 1600×1200 px.</summary>
public static class GridStabilityFigure
{
    /// <summary>File name.</summary>
    public const string Name = "grid_stability_metrics";

    /// <summary>Renders the figure.</summary>
    public static Figure Render(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = new ScenarioData(result);
        var g = result.Grid;
        const string caption = "Grid balance after matching (0 = locally balanced), mean line congestion, balance score and P2P share per interval, and the episode's grid indices (green ≥ 0.7, orange ≥ 0.3, red below; loss ratio: lower is better).";
        var title = $"Grid Stability — {result.Scenario}";
        var cap = result.GridCapacityKW > 0 ? result.GridCapacityKW : 1;
        var balanceSeries = g.GridBalanceOverTime.Count > 0 ? g.GridBalanceOverTime.ToArray() : d.Series(m => m.GridBalance);
        var congestionSeries = g.GridCongestionOverTime.Count > 0 ? g.GridCongestionOverTime.ToArray() : d.Series(m => m.GridCongestion);
        var stability = g.GridStabilityOverTime.Count > 0 ? g.GridStabilityOverTime.ToArray() : balanceSeries.Select(b => Math.Max(0, 1 - (Math.Abs(b) / cap))).ToArray();
        var utilisation = g.GridUtilizationOverTime.Count > 0 ? g.GridUtilizationOverTime.ToArray() : d.Series(m => m.P2PRatio);

        var summary = MetricBars.Plot("Grid indices (episode)", "Index (0–1)",
        [
            ("Stability", g.GridStabilityIndex, MetricBars.Traffic(g.GridStabilityIndex, 0.6, 0.8)),
            ("S/D balance", g.SupplyDemandBalance, MetricBars.Traffic(g.SupplyDemandBalance)),
            ("1−congestion", 1 - g.AverageCongestionLevel, MetricBars.Traffic(1 - g.AverageCongestionLevel)),
            ("Loss ratio", g.TransmissionLossRatio, Colors.SlateGray),
            ("P2P util.", g.GridUtilizationEfficiency, MetricBars.Traffic(g.GridUtilizationEfficiency)),
            ("Load factor", g.LoadFactor, MetricBars.Traffic(g.LoadFactor)),
            ("Capacity util.", g.CapacityUtilization, Colors.SlateGray),
        ]);
        if (balanceSeries.Length == 0)
        {
            return FigureCanvas.Grid(Name, title, caption, 1, 2, [FigureCanvas.NoData("Grid over time", "grid"), summary], 1600, 700);
        }

        var x = FigureCanvas.Steps(balanceSeries.Length);
        var balance = FigureCanvas.NewPlot("Grid balance", "Market interval", "Grid balance (kWh)");
        MarketPerformanceFigure.Line(balance, x, balanceSeries, ReportColors.Price, null);
        balance.Add.HorizontalLine(0, 1, Colors.Black);

        var congestion = FigureCanvas.NewPlot("Congestion", "Market interval", "Mean line congestion (0–1)");
        MarketPerformanceFigure.Line(congestion, FigureCanvas.Steps(congestionSeries.Length), congestionSeries, ReportColors.Dso, null);
        congestion.Axes.SetLimitsY(0, Math.Max(1, congestionSeries.DefaultIfEmpty(0).Max() * 1.1));

        var su = FigureCanvas.NewPlot("Balance score and P2P share", "Market interval", "Value (0–1)");
        MarketPerformanceFigure.Line(su, FigureCanvas.Steps(stability.Length), stability, ReportColors.Price, "Balance score 1 − |GB|/capacity");
        MarketPerformanceFigure.Line(su, FigureCanvas.Steps(utilisation.Length), utilisation, ReportColors.Volume, "P2P share");
        su.Axes.SetLimitsY(-0.05, 1.15);
        su.ShowLegend(Alignment.LowerRight);

        return FigureCanvas.Grid(Name, title, caption, 2, 2, [balance, congestion, su, summary]);
    }
}
