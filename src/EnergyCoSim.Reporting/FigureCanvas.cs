using ScottPlot;
using SkiaSharp;

namespace EnergyCoSim.Reporting;

/// <summary>Shared rendering: single plots, panels of plots under one title, and the "no data" placeholder.</summary>
internal static class FigureCanvas
{
    public const int PanelWidth = 1600;
    public const int PanelHeight = 1200;
    private const int TitleBand = 60;

    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        ReportFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(ReportFonts.Family);
        plot.Title(title, 18);
        plot.XLabel(xLabel, 15);
        plot.YLabel(yLabel, 15);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        return plot;
    }

    /// <summary>A plot that says "No … data" in its middle instead of an empty frame.</summary>
    public static Plot NoData(string title, string what)
    {
        var plot = NewPlot(title, "", "");
        plot.HideGrid();
        plot.Axes.Frameless();
        var text = plot.Add.Text($"No {what} data", 0, 0);
        text.LabelFontSize = 24;
        text.LabelFontColor = Colors.DimGray;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
        return plot;
    }

    public static Figure Single(string name, string caption, Plot plot, int width, int height)
    {
        var png = plot.GetImage(width, height).GetImageBytes(ImageFormat.Png);
        return new Figure(name, plot.Axes.Title.Label.Text, caption, png, width, height);
    }

    /// <summary>Renders <paramref name="plots"/> row by row into a rows×cols grid under a bold title.</summary>
    public static Figure Grid(string name, string title, string caption, int rows, int cols, IReadOnlyList<Plot> plots, int width = PanelWidth, int height = PanelHeight, string? footer = null)
    {
        ReportFonts.EnsureRegistered();
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var footerBand = footer is null ? 0 : 40;
        using (var font = new SKFont(ReportFonts.BoldTypeface, 26))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.DrawText(title, width / 2f, 40, SKTextAlign.Center, font, paint);
        }

        var cellW = (float)width / cols;
        var cellH = (float)(height - TitleBand - footerBand) / rows;
        for (var i = 0; i < plots.Count && i < rows * cols; i++)
        {
            var (r, c) = (i / cols, i % cols);
            // Each plot renders on its own surface: ScottPlot clears the whole canvas it is given.
            var (w, h) = ((int)cellW, (int)cellH);
            using var cell = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
            plots[i].Render(cell);
            using var img = cell.Snapshot();
            canvas.DrawImage(img, c * cellW, TitleBand + (r * cellH));
        }

        if (footer is not null)
        {
            using var font = new SKFont(ReportFonts.RegularTypeface, 16);
            using var paint = new SKPaint { Color = SKColors.DimGray, IsAntialias = true };
            canvas.DrawText(footer, width / 2f, height - 14, SKTextAlign.Center, font, paint);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return new Figure(name, title, caption, data.ToArray(), width, height);
    }

    /// <summary>Category ticks at 0..n−1; long snake_case labels wrap at '_' so they never overlap or need rotating.</summary>
    public static void CategoryTicks(Plot plot, IReadOnlyList<string> labels, bool vertical = false)
    {
        var positions = Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray();
        var wrap = !vertical && labels.Count > 3 && labels.Any(l => l.Length > 10);
        var text = labels.Select(l => wrap ? l.Replace('_', '\n').Replace(' ', '\n') : l).ToArray();
        IAxis axis = vertical ? plot.Axes.Left : plot.Axes.Bottom;
        axis.SetTicks(positions, text);
        axis.MajorTickStyle.Length = 0;
        if (wrap)
        {
            // Room for the wrapped lines so they do not run into the axis label.
            plot.Axes.Bottom.MinimumSize = 30 + (18 * text.Max(l => l.Count(c => c == '\n') + 1));
        }
    }

    /// <summary>Counts have no fractions: whole-number ticks only.</summary>
    public static void IntegerTicks(IAxis axis) =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };

    public static double[] Steps(int n) => Enumerable.Range(0, n).Select(i => (double)i).ToArray();
}
