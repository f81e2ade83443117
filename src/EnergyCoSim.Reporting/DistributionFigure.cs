using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Statistical distribution of per-step clearing prices and traded volumes (last episode), one of five kinds. 1600×700 px.</summary>
public static class DistributionFigure
{
    /// <summary>Width, px.</summary>
    public const int Width = 1600;

    /// <summary>Height, px.</summary>
    public const int Height = 700;

    /// <summary>File name of a kind, e.g. <c>statistical_distribution_violin</c>.</summary>
    public static string NameOf(DistributionKind kind) => "statistical_distribution_" + kind.ToString().ToLowerInvariant();

    /// <summary>Renders the figure.</summary>
    public static Figure Render(ScenarioResult result, DistributionKind kind = DistributionKind.Violin)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = new ScenarioData(result);
        var caption = kind switch
        {
            DistributionKind.Violin => "Shape of the per-interval clearing price (left) and traded energy (right): wider = more intervals at that value; red line mean, orange median.",
            DistributionKind.Box => "Per-interval clearing price (left) and traded energy (right): box = middle half (25th–75th percentile), bar = median, whiskers 1.5 IQR, dots outliers.",
            DistributionKind.Histogram => "Histograms of the per-interval clearing price (left) and traded energy (right); the curve is the Gaussian KDE scaled to counts.",
            DistributionKind.Kde => "Gaussian kernel density (Scott's bandwidth) of the per-interval clearing price (left) and traded energy (right); red mean, orange median.",
            _ => "Empirical CDF of the per-interval clearing price (left) and traded energy (right); dashed lines mark the 25/50/75/90/95th percentiles.",
        };
        var kindName = kind switch { DistributionKind.Kde => "KDE", DistributionKind.Cdf => "CDF", _ => kind.ToString() };
        var title = $"Statistical Distribution ({kindName}) — {result.Scenario}";
        var name = NameOf(kind);
        if (d.Market.Count == 0)
        {
            return FigureCanvas.Grid(name, title, caption, 1, 1, [FigureCanvas.NoData("Distribution", "market")], Width, Height);
        }

        var price = Panel(kind, "Clearing price", "Price (USD/MWh)", d.Series(m => m.ClearingPrice), ReportColors.Price);
        var volume = Panel(kind, "Traded energy per interval", "Energy (kWh)", d.Series(m => m.ClearingVolume), ReportColors.Volume);
        return FigureCanvas.Grid(name, title, caption, 1, 2, [price, volume], Width, Height);
    }

    private static Plot Panel(DistributionKind kind, string title, string unitLabel, double[] x, Color color)
    {
        var valueAxisVertical = kind is DistributionKind.Violin or DistributionKind.Box;
        var plot = valueAxisVertical
            ? FigureCanvas.NewPlot(title, "", unitLabel)
            : FigureCanvas.NewPlot(title, unitLabel, kind switch { DistributionKind.Histogram => "Intervals (count)", DistributionKind.Kde => $"Density (1 per {UnitOf(unitLabel)})", _ => "Share of intervals ≤ x" });
        var h = Kde.ScottBandwidth(x);
        switch (kind)
        {
            case DistributionKind.Violin:
                Violin(plot, x, h, color);
                break;
            case DistributionKind.Box:
                Box(plot, x, color);
                break;
            case DistributionKind.Histogram:
                Histogram(plot, x, h, color);
                break;
            case DistributionKind.Kde:
                var grid = Kde.Grid(x, h);
                var kde = plot.Add.ScatterLine(grid, Kde.Density(x, h, grid), color);
                kde.LineWidth = 2.5f;
                kde.LegendText = "KDE";
                MeanMedian(plot, x, vertical: true);
                plot.Axes.Margins(bottom: 0);
                break;
            default:
                Cdf(plot, x, color);
                break;
        }

        plot.ShowLegend(kind == DistributionKind.Cdf ? Alignment.LowerRight : Alignment.UpperRight);
        return plot;
    }

    private static string UnitOf(string label) => label[(label.IndexOf('(', StringComparison.Ordinal) + 1)..].TrimEnd(')');

    private static void MeanMedian(Plot plot, double[] x, bool vertical)
    {
        var mean = x.Average();
        var median = Kde.Quantile(x, 0.5);
        if (vertical)
        {
            var m = plot.Add.VerticalLine(mean, 2, ReportColors.Mean);
            m.LegendText = $"Mean {mean:0.#}";
            var md = plot.Add.VerticalLine(median, 2, ReportColors.Median, LinePattern.Dashed);
            md.LegendText = $"Median {median:0.#}";
        }
        else
        {
            var m = plot.Add.HorizontalLine(mean, 2, ReportColors.Mean);
            m.LegendText = $"Mean {mean:0.#}";
            var md = plot.Add.HorizontalLine(median, 2, ReportColors.Median, LinePattern.Dashed);
            md.LegendText = $"Median {median:0.#}";
        }
    }

    private static void Violin(Plot plot, double[] x, double h, Color color)
    {
        var grid = Kde.Grid(x, h);
        var dens = Kde.Density(x, h, grid);
        var max = dens.Max();
        var right = grid.Select((y, i) => new Coordinates(0.4 * dens[i] / max, y));
        var left = grid.Select((y, i) => new Coordinates(-0.4 * dens[i] / max, y)).Reverse();
        var poly = plot.Add.Polygon(right.Concat(left).ToArray());
        poly.FillColor = color.WithAlpha(0.55);
        poly.LineColor = color.Darken(0.3);
        var points = plot.Add.ScatterPoints(x.Select((_, i) => ((i * 0.618) % 1 - 0.5) * 0.1).ToArray(), x, Colors.Black.WithAlpha(0.6));
        points.MarkerSize = 4;
        MeanMedian(plot, x, vertical: false);
        plot.Axes.SetLimitsX(-0.8, 0.8);
        plot.Axes.Bottom.SetTicks([0], [$"{x.Length} intervals"]);
    }

    private static void Box(Plot plot, double[] x, Color color)
    {
        var q1 = Kde.Quantile(x, 0.25);
        var q3 = Kde.Quantile(x, 0.75);
        var med = Kde.Quantile(x, 0.5);
        var iqr = q3 - q1;
        var lo = x.Where(v => v >= q1 - (1.5 * iqr)).Min();
        var hi = x.Where(v => v <= q3 + (1.5 * iqr)).Max();
        var rect = plot.Add.Rectangle(-0.25, 0.25, q1, q3);
        rect.FillColor = color.WithAlpha(0.55);
        rect.LineColor = color.Darken(0.3);
        var medianLine = plot.Add.Line(-0.25, med, 0.25, med);
        medianLine.Color = ReportColors.Median;
        medianLine.LineWidth = 3;
        medianLine.LegendText = $"Median {med:0.#}";
        plot.Add.Line(0, q3, 0, hi).Color = Colors.Black;
        plot.Add.Line(0, q1, 0, lo).Color = Colors.Black;
        plot.Add.Line(-0.12, hi, 0.12, hi).Color = Colors.Black;
        plot.Add.Line(-0.12, lo, 0.12, lo).Color = Colors.Black;
        var outliers = x.Where(v => v < lo || v > hi).ToArray();
        if (outliers.Length > 0)
        {
            var o = plot.Add.ScatterPoints(new double[outliers.Length], outliers, Colors.Black);
            o.MarkerSize = 6;
            o.LegendText = "Outliers";
        }

        var m = plot.Add.Marker(0, x.Average(), MarkerShape.FilledDiamond, 12, ReportColors.Mean);
        m.LegendText = $"Mean {x.Average():0.#}";
        plot.Axes.SetLimitsX(-0.8, 0.8);
        plot.Axes.Bottom.SetTicks([0], [$"{x.Length} intervals"]);
    }

    private static void Histogram(Plot plot, double[] x, double h, Color color)
    {
        var bins = x.Length >= 2 ? Math.Max(1, Math.Min(20, x.Length / 2)) : 10;
        var lo = x.Min();
        var hi = x.Max();
        var width = hi > lo ? (hi - lo) / bins : 1;
        var counts = new double[bins];
        foreach (var v in x)
        {
            counts[Math.Min(bins - 1, (int)((v - lo) / width))]++;
        }

        var bars = plot.Add.Bars(Enumerable.Range(0, bins).Select(i => lo + ((i + 0.5) * width)).ToArray(), counts);
        foreach (var b in bars.Bars)
        {
            b.Size = width * 0.95;
            b.FillColor = color.WithAlpha(0.7);
        }

        bars.LegendText = "Intervals";
        var grid = Kde.Grid(x, h);
        var kde = plot.Add.ScatterLine(grid, Kde.Density(x, h, grid).Select(v => v * x.Length * width).ToArray(), Colors.Black);
        kde.LineWidth = 2;
        kde.LegendText = "KDE (scaled to counts)";
        plot.Axes.Margins(bottom: 0);
        FigureCanvas.IntegerTicks(plot.Axes.Left);
    }

    private static void Cdf(Plot plot, double[] x, Color color)
    {
        var s = x.Order().ToArray();
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < s.Length; i++)
        {
            xs.Add(s[i]);
            ys.Add((double)i / s.Length);
            xs.Add(s[i]);
            ys.Add((double)(i + 1) / s.Length);
        }

        var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), color);
        line.LineWidth = 2.5f;
        line.LegendText = "Empirical CDF";
        foreach (var p in new[] { 25, 50, 75, 90, 95 })
        {
            var v = Kde.Quantile(x, p / 100.0);
            plot.Add.VerticalLine(v, 1, Colors.Gray, LinePattern.Dashed);
            // Labels above the curve, clear of the tick labels; alternate heights so neighbours never collide.
            var label = plot.Add.Text($"P{p}", v, p % 10 == 0 ? 1.1 : 1.05);
            label.LabelFontSize = 12;
            label.LabelFontColor = Colors.DimGray;
            label.LabelAlignment = Alignment.LowerCenter;
        }

        plot.Axes.SetLimitsY(0, 1.18);
    }
}
