using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Coordination effectiveness (2×2): |grid balance|, P2P ratio, coordination score, trade-count histogram. 1600×1200 px.</summary>
public static class CoordinationEffectivenessFigure
{
    /// <summary>File name.</summary>
    public const string Name = "coordination_effectiveness";

    /// <summary>Renders the figure.</summary>
    public static Figure Render(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = new ScenarioData(result);
        const string caption = "Per interval: |grid balance| (lower = supply and demand better matched locally), P2P share, the score 1 − (|GB|/max|GB|)·(1 − P2P share) (higher = better coordinated), and how many intervals had n trades.";
        var title = $"Coordination Effectiveness — {result.Scenario}";
        if (d.Market.Count == 0)
        {
            return FigureCanvas.Grid(Name, title, caption, 1, 1, [FigureCanvas.NoData("Coordination effectiveness", "market")]);
        }

        var x = d.StepAxis;
        var gb = d.Series(m => Math.Abs(m.GridBalance));
        var ratio = d.Series(m => m.P2PRatio);
        var maxGb = Math.Max(gb.Max(), 1e-9);
        var score = gb.Select((g, i) => 1 - (g / maxGb * (1 - ratio[i]))).ToArray();

        var balance = FigureCanvas.NewPlot("Grid balance deviation", "Market interval", "|Grid balance| (kWh)");
        MarketPerformanceFigure.Line(balance, x, gb, ReportColors.Dso, null);
        var fill = balance.Add.FillY(x, gb, new double[gb.Length]);
        fill.FillColor = ReportColors.Dso.WithAlpha(0.15);
        fill.LineWidth = 0;

        var p2p = FigureCanvas.NewPlot("P2P coordination", "Market interval", "P2P / (P2P + DSO)");
        MarketPerformanceFigure.Line(p2p, x, ratio, ReportColors.Volume, null);
        p2p.Axes.SetLimitsY(-0.05, 1.05);

        var sc = FigureCanvas.NewPlot("Coordination score", "Market interval", "Score (0–1)");
        MarketPerformanceFigure.Line(sc, x, score, ReportColors.Price, "Per interval");
        var mean = sc.Add.HorizontalLine(score.Average(), 2, ReportColors.Mean, LinePattern.Dashed);
        mean.LegendText = $"Mean {score.Average():0.00}";
        // The score lives in [0, 1]; the band below 0 is kept free for the legend.
        sc.Axes.SetLimitsY(-0.4, 1.1);
        sc.ShowLegend(Alignment.LowerRight);

        var counts = d.Market.GroupBy(m => m.Trades.Count).OrderBy(g => g.Key).ToArray();
        var hist = FigureCanvas.NewPlot("Trades per interval", "Trades in the interval (count)", "Intervals (count)");
        var bars = hist.Add.Bars(counts.Select(g => (double)g.Key).ToArray(), counts.Select(g => (double)g.Count()).ToArray());
        bars.Color = ReportColors.Price;
        hist.Axes.Margins(bottom: 0);
        FigureCanvas.IntegerTicks(hist.Axes.Left);
        FigureCanvas.IntegerTicks(hist.Axes.Bottom);

        return FigureCanvas.Grid(Name, title, caption, 2, 2, [balance, p2p, sc, hist]);
    }
}
