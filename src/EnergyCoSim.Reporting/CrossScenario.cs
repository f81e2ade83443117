using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Helpers of the cross-scenario panels: one marker or bar per scenario in the scenario's stable colour.</summary>
internal static class CrossScenario
{
    public static Plot Scatter(string title, string xLabel, string yLabel, IReadOnlyList<ScenarioResult> results, IReadOnlyDictionary<string, Color> colors,
        Func<ScenarioResult, double> x, Func<ScenarioResult, double> y, bool legend)
    {
        var plot = FigureCanvas.NewPlot(title, xLabel, yLabel);
        foreach (var r in results)
        {
            var m = plot.Add.Marker(x(r), y(r), MarkerShape.FilledCircle, 18, colors[r.Scenario]);
            if (legend)
            {
                m.LegendText = r.Scenario;
            }
        }

        plot.Axes.Margins(0.15, 0.15);
        if (legend)
        {
            plot.ShowLegend(Alignment.UpperLeft);
        }

        return plot;
    }

    public static Plot Bars(string title, string valueLabel, IReadOnlyList<ScenarioResult> ordered, IReadOnlyDictionary<string, Color> colors,
        Func<ScenarioResult, double> value, bool horizontal, string format = "0.###") =>
        MetricBars.Plot(title, valueLabel, ordered.Select(r => (r.Scenario, value(r), colors[r.Scenario])).ToArray(), format, horizontal);
}
