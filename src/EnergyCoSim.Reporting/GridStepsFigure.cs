using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>
/// The second figure of a coupled run's grid page (2×2, 1600×1200 px): network losses, violations left, coupling
/// iterations (unconverged intervals marked, the cap dashed) and the highest branch loading per interval.
/// </summary>
public static class GridStepsFigure
{
    /// <summary>File name.</summary>
    public const string Name = "grid_steps";

    /// <summary>Renders the figure of <paramref name="result"/>'s records.</summary>
    public static Figure Render(string scenario, GridCouplingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var title = $"Grid per interval — {scenario}";
        const string caption = "Power-flow losses (kW), voltage and loading violations left after the last re-clearing, market clearings per interval (red: iteration cap hit, dashed: the cap) and the highest branch loading (% of rating; none on a feeder without ratings).";
        var steps = result.Steps;
        if (steps.Count == 0)
        {
            return FigureCanvas.Grid(Name, title, caption, 1, 1, [FigureCanvas.NoData("Grid per interval", "coupled intervals")], 1600, 700);
        }

        var x = steps.Select(s => (double)s.Step).ToArray();
        var losses = FigureCanvas.NewPlot("Network losses", "Market interval", "Losses (kW)");
        MarketPerformanceFigure.Line(losses, x, steps.Select(s => s.LossesKw).ToArray(), ReportColors.Price, null);

        var violations = FigureCanvas.NewPlot("Violations left", "Market interval", "Violations");
        var vBars = violations.Add.Bars(x, steps.Select(s => (double)s.Violations).ToArray());
        vBars.Color = ReportColors.Dso;
        FigureCanvas.IntegerTicks(violations.Axes.Left);
        violations.Axes.SetLimitsY(0, Math.Max(1, steps.Max(s => s.Violations)) * 1.1);

        var iterations = FigureCanvas.NewPlot("Coupling iterations", "Market interval", "Market clearings");
        var iBars = iterations.Add.Bars(x, steps.Select(s => (double)s.Iterations).ToArray());
        iBars.Color = ReportColors.Price;
        var unconverged = steps.Where(s => !s.Converged).ToArray();
        if (unconverged.Length > 0)
        {
            var marks = iterations.Add.ScatterPoints(unconverged.Select(s => (double)s.Step).ToArray(), unconverged.Select(s => (double)s.Iterations).ToArray());
            marks.Color = ReportColors.Dso;
            marks.MarkerSize = 9;
            marks.LegendText = "Iteration cap hit";
            iterations.ShowLegend(Alignment.UpperRight);
        }

        if (result.MaxIterations > 0)
        {
            var cap = iterations.Add.HorizontalLine(result.MaxIterations, 1.5f, Colors.Black);
            cap.LinePattern = LinePattern.Dashed;
        }

        FigureCanvas.IntegerTicks(iterations.Axes.Left);
        iterations.Axes.SetLimitsY(0, Math.Max(result.MaxIterations, steps.Max(s => s.Iterations)) * 1.1);

        var loading = steps.Any(s => s.MaxLoadingPct > 0)
            ? FigureCanvas.NewPlot("Highest branch loading", "Market interval", "Loading (% of rating)")
            : FigureCanvas.NoData("Highest branch loading", "rated-branch loading");
        if (steps.Any(s => s.MaxLoadingPct > 0))
        {
            MarketPerformanceFigure.Line(loading, x, steps.Select(s => s.MaxLoadingPct).ToArray(), ReportColors.Balanced, null);
        }

        foreach (var plot in new[] { losses, violations, iterations, loading })
        {
            FigureCanvas.IntegerTicks(plot.Axes.Bottom);
        }

        return FigureCanvas.Grid(Name, title, caption, 2, 2, [losses, violations, iterations, loading]);
    }
}
