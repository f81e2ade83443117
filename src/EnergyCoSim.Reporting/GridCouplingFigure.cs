using System.Globalization;
using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>
/// The grid page of a market–grid coupled run (2×2, 1600×1200 px): voltage band over time, the worst bus's voltage,
/// a branch-loading heat map (branches × intervals) and the DSO's re-clearings and curtailment per interval.
/// </summary>
public static class GridCouplingFigure
{
    /// <summary>File name.</summary>
    public const string Name = "grid_coupling";

    /// <summary>Renders the page of a coupled run's records; held-voltage (slack, PV) buses are left out of the band and worst bus.</summary>
    public static Figure Render(string scenario, GridCouplingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fixedBuses = result.FixedVoltageBuses.ToHashSet();
        var keep = Enumerable.Range(0, result.BusIds.Count).Where(i => !fixedBuses.Contains(result.BusIds[i])).ToArray();
        var steps = result.Steps;
        return Render(
            scenario,
            keep.Select(i => result.BusIds[i]).ToArray(),
            steps.Select(s => (IReadOnlyList<double>)keep.Select(i => s.VoltagesPu[i]).ToArray()).ToArray(),
            steps.Select(s => s.LoadingsPct).ToArray(),
            steps.Select(s => s.Iterations).ToArray(),
            steps.Select(s => s.CurtailedKwh).ToArray(),
            result.VMinPu,
            result.VMaxPu);
    }

    /// <summary>
    /// Renders the page from per-interval series: <paramref name="voltagesPu"/>[t][bus] (pu, bus order of
    /// <paramref name="busIds"/>), <paramref name="loadingsPct"/>[t][branch] (%), coupling iterations and curtailed kWh.
    /// </summary>
    public static Figure Render(
        string scenario,
        IReadOnlyList<int> busIds,
        IReadOnlyList<IReadOnlyList<double>> voltagesPu,
        IReadOnlyList<IReadOnlyList<double>> loadingsPct,
        IReadOnlyList<int> iterations,
        IReadOnlyList<double> curtailedKwh,
        double vMinPu,
        double vMaxPu)
    {
        ArgumentNullException.ThrowIfNull(busIds);
        ArgumentNullException.ThrowIfNull(voltagesPu);
        ArgumentNullException.ThrowIfNull(loadingsPct);
        ArgumentNullException.ThrowIfNull(iterations);
        ArgumentNullException.ThrowIfNull(curtailedKwh);
        var title = $"Grid (power flow) — {scenario}";
        const string caption = "Lowest, highest and worst bus voltage per interval against the band (dashed), the bus farthest outside (or nearest to leaving) the band in each interval, branch loading (% of rating; a feeder without ratings shows none) and the energy the DSO's limits curtailed or shed (×k: the interval was cleared k times).";
        var n = voltagesPu.Count;
        if (n == 0 || busIds.Count == 0)
        {
            return FigureCanvas.Grid(Name, title, caption, 1, 1, [FigureCanvas.NoData("Grid over time", "coupled intervals")], 1600, 700);
        }

        var x = FigureCanvas.Steps(n);

        // The worst bus is the one farthest outside the band, or nearest to leaving it, over the whole run.
        var distance = new double[busIds.Count];
        for (var b = 0; b < busIds.Count; b++)
        {
            distance[b] = voltagesPu.Max(v => Distance(v[b], vMinPu, vMaxPu));
        }

        var worst = Array.IndexOf(distance, distance.Max());
        var energised = voltagesPu.Select(v => v.Where(u => u > 0).DefaultIfEmpty(1).ToArray()).ToArray();
        var band = FigureCanvas.NewPlot("Voltage band", "Market interval", "Voltage (pu)");
        MarketPerformanceFigure.Line(band, x, energised.Select(v => v.Min()).ToArray(), ReportColors.Dso, "Lowest bus");
        MarketPerformanceFigure.Line(band, x, energised.Select(v => v.Max()).ToArray(), ReportColors.Price, "Highest bus");
        MarketPerformanceFigure.Line(band, x, voltagesPu.Select(v => v[worst] > 0 ? v[worst] : double.NaN).ToArray(), ReportColors.Balanced, string.Create(CultureInfo.InvariantCulture, $"Worst bus of the run ({busIds[worst]})"));
        foreach (var limit in new[] { vMinPu, vMaxPu })
        {
            var line = band.Add.HorizontalLine(limit, 1.5f, Colors.Black);
            line.LinePattern = LinePattern.Dashed;
        }

        band.ShowLegend(Alignment.MiddleRight);

        // Per interval the same rule as the run-wide choice; the bus id is drawn as a point so changes stand out.
        var worstPlot = FigureCanvas.NewPlot("Worst bus per interval", "Market interval", "Bus");
        var perStep = voltagesPu.Select(v => (double)busIds[Enumerable.Range(0, busIds.Count).MaxBy(b => Distance(v[b], vMinPu, vMaxPu))]).ToArray();
        var points = worstPlot.Add.ScatterPoints(x, perStep);
        points.Color = ReportColors.Dso;
        points.MarkerSize = n > 500 ? 3 : 7;
        FigureCanvas.IntegerTicks(worstPlot.Axes.Left);

        // Feeders without branch ratings (IEEE 34, Baran–Wu 33) report 0 % everywhere: say so instead of a flat map.
        var heat = loadingsPct.Any(l => l.Any(v => v > 0)) ? LoadingHeatMap(loadingsPct, n) : FigureCanvas.NoData("Branch loading", "rated-branch loading");

        // Clearings (a few) and curtailed kWh (hundreds) share no scale: the clearings go to the top edge as labels.
        var dso = FigureCanvas.NewPlot("DSO action", "Market interval", "Curtailed / shed energy (kWh)");
        var bars = dso.Add.Bars(x, curtailedKwh.ToArray());
        bars.Color = ReportColors.Dso;
        var top = Math.Max(1, curtailedKwh.DefaultIfEmpty(0).Max()) * 1.15;
        dso.Axes.SetLimitsY(0, top);
        for (var t = 0; t < n && n <= 48; t++)
        {
            if (iterations[t] > 1)
            {
                var label = dso.Add.Text(string.Create(CultureInfo.InvariantCulture, $"×{iterations[t]}"), x[t], top);
                label.LabelFontSize = 15;
                label.LabelFontColor = ReportColors.Price;
                label.LabelAlignment = Alignment.UpperCenter;
            }
        }

        foreach (var plot in new[] { band, worstPlot, dso })
        {
            FigureCanvas.IntegerTicks(plot.Axes.Bottom);
        }

        return FigureCanvas.Grid(Name, title, caption, 2, 2, [band, worstPlot, heat, dso]);
    }

    private static Plot LoadingHeatMap(IReadOnlyList<IReadOnlyList<double>> loadingsPct, int n)
    {
        var branches = loadingsPct.Count > 0 ? loadingsPct[0].Count : 0;
        var cells = new double[Math.Max(1, branches), n];
        for (var t = 0; t < n; t++)
        {
            for (var k = 0; k < branches; k++)
            {
                cells[branches - 1 - k, t] = loadingsPct[t][k];
            }
        }

        var heat = FigureCanvas.NewPlot("Branch loading", "Market interval", "Branch (case order)");
        var hm = heat.Add.Heatmap(cells);
        hm.Colormap = new ScottPlot.Colormaps.Turbo();
        var bar = heat.Add.ColorBar(hm);
        bar.Label = "Loading (%)";
        heat.HideGrid();
        FigureCanvas.IntegerTicks(heat.Axes.Left);
        FigureCanvas.IntegerTicks(heat.Axes.Bottom);
        return heat;
    }

    /// <summary>How far a voltage is outside the band (negative: inside); de-energised buses (≤ 0) never count.</summary>
    private static double Distance(double v, double vMinPu, double vMaxPu) => v <= 0 ? double.MinValue : Math.Max(v - vMaxPu, vMinPu - v);
}
