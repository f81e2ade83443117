using System.Globalization;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>A titled bar chart of named values with the value written on each bar (the metric summaries use it).</summary>
internal static class MetricBars
{
    /// <summary>Traffic light for a 0–1 index: green ≥ high, orange ≥ low, red below.</summary>
    public static Color Traffic(double v, double low = 0.3, double high = 0.7) =>
        v >= high ? Color.FromHex("#2CA02C") : v >= low ? Color.FromHex("#FFA500") : Color.FromHex("#D62728");

    public static Plot Plot(string title, string yLabel, IReadOnlyList<(string Label, double Value, Color Color)> items, string format = "0.###", bool horizontal = false)
    {
        var plot = horizontal ? FigureCanvas.NewPlot(title, yLabel, "") : FigureCanvas.NewPlot(title, "", yLabel);
        var bars = items.Select((it, i) => new Bar
        {
            Position = horizontal ? items.Count - 1 - i : i,
            Value = double.IsFinite(it.Value) ? it.Value : 0,
            FillColor = it.Color,
            Label = double.IsFinite(it.Value) ? it.Value.ToString(format, CultureInfo.InvariantCulture) : "n/a",
            Size = 0.6,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = 14;
        plottable.ValueLabelStyle.Bold = true;
        if (horizontal)
        {
            plottable.Horizontal = true;
            plot.Axes.Left.SetTicks(Enumerable.Range(0, items.Count).Select(i => (double)(items.Count - 1 - i)).ToArray(), items.Select(i => i.Label).ToArray());
            plot.Axes.Margins(left: 0, right: 0.2);
        }
        else
        {
            FigureCanvas.CategoryTicks(plot, items.Select(i => i.Label).ToArray());
            plot.Axes.Margins(bottom: 0, top: 0.2);
        }

        return plot;
    }
}
