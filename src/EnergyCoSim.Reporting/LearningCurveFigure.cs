using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Learning curves: mean episode reward per iteration, colour per algorithm, line style per training mode, min–max band. 1400×800 px.</summary>
public static class LearningCurveFigure
{
    /// <summary>File name.</summary>
    public const string Name = "learning_curves";

    /// <summary>Width, px.</summary>
    public const int Width = 1400;

    /// <summary>Height, px.</summary>
    public const int Height = 800;

    /// <summary>Renders the figure.</summary>
    public static Figure Render(IReadOnlyList<LearningCurvePoint> points, string title = "Learning Curves")
    {
        ArgumentNullException.ThrowIfNull(points);
        const string caption = "Mean episode reward per training iteration (shaded: min–max over the iteration's episodes); colour = algorithm, line style = training mode (solid CTCE, dashed CTDE, dotted DTDE); rising = learning.";
        if (points.Count == 0)
        {
            return FigureCanvas.Single(Name, caption, FigureCanvas.NoData(title, "training"), Width, Height);
        }

        var plot = FigureCanvas.NewPlot(title, "Training iteration", "Episode reward (–)");
        var algorithms = points.Select(p => p.Algorithm).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        foreach (var g in points.GroupBy(p => (p.Algorithm, p.Mode)).OrderBy(g => g.Key.Algorithm, StringComparer.Ordinal).ThenBy(g => g.Key.Mode, StringComparer.Ordinal))
        {
            var rows = g.OrderBy(p => p.Iteration).ToArray();
            var x = rows.Select(p => (double)p.Iteration).ToArray();
            var color = AlgorithmColor(g.Key.Algorithm, Array.FindIndex(algorithms, a => string.Equals(a, g.Key.Algorithm, StringComparison.OrdinalIgnoreCase)));
            var band = plot.Add.FillY(x, rows.Select(p => p.MaxReward).ToArray(), rows.Select(p => p.MinReward).ToArray());
            band.FillColor = color.WithAlpha(0.12);
            band.LineWidth = 0;
            var line = plot.Add.ScatterLine(x, rows.Select(p => p.MeanReward).ToArray(), color);
            line.LineWidth = 2.5f;
            line.MarkerSize = 0;
            line.LinePattern = g.Key.Mode.ToUpperInvariant() switch { "CTDE" => LinePattern.Dashed, "DTDE" => LinePattern.Dotted, _ => LinePattern.Solid };
            line.LegendText = $"{g.Key.Algorithm.ToUpperInvariant()} {g.Key.Mode.ToUpperInvariant()}";
        }

        plot.ShowLegend(Alignment.LowerRight);
        return FigureCanvas.Single(Name, caption, plot, Width, Height);
    }

    private static Color AlgorithmColor(string algorithm, int index) => algorithm.ToUpperInvariant() switch
    {
        "PPO" => Color.FromHex("#D62728"),
        "APPO" => Color.FromHex("#FF7F0E"),
        "SAC" => Color.FromHex("#1F77B4"),
        _ => ReportColors.Series(index + 3),
    };
}
