using System.Globalization;
using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>DSO metrics (2×2): local vs DSO share, DSO volumes, price levels, per-step local/DSO volumes and DSO ratio. 1600×1200 px.</summary>
public static class DsoMetricsFigure
{
    /// <summary>File name.</summary>
    public const string Name = "dso_metrics";

    /// <summary>Renders the figure.</summary>
    public static Figure Render(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = new ScenarioData(result);
        var m = result.Dso;
        const string caption = "How much the community relied on the DSO: P2P vs DSO share of traded energy, energy the DSO bought and sold (kWh), local vs tariff prices (USD/MWh), and per-interval volumes with the DSO share.";
        var title = $"DSO Metrics — {result.Scenario}";
        if (d.Market.Count == 0 && m.DsoTotalVolume + m.P2PVolume == 0)
        {
            return FigureCanvas.Grid(Name, title, caption, 1, 1, [FigureCanvas.NoData("DSO", "DSO")]);
        }

        var share = MetricBars.Plot("Share of traded energy", "Share (0–1)",
        [
            ("P2P (local)", m.P2PTradeRatio, ReportColors.Volume),
            ("DSO", m.DsoTradeRatio, ReportColors.Dso),
            ("DSO util. eff.", m.DsoUtilizationEfficiency, MetricBars.Traffic(m.DsoUtilizationEfficiency)),
        ]);
        var volumes = MetricBars.Plot("DSO volumes", "Energy (kWh)",
        [
            ("DSO bought", m.DsoBuyVolume, ReportColors.Seller),
            ("DSO sold", m.DsoSellVolume, ReportColors.Buyer),
            ("P2P", m.P2PVolume, ReportColors.Volume),
        ], "0.#");
        var prices = MetricBars.Plot("Price levels", "Price (USD/MWh)",
        [
            ("Feed-in avg", m.DsoBuyPriceAverage, Colors.Gray),
            ("Local avg", m.LocalPriceAverage, ReportColors.Volume),
            ("Utility avg", m.DsoSellPriceAverage, Colors.DimGray),
        ], "0.#");
        Plot series;
        if (d.Market.Count == 0)
        {
            series = FigureCanvas.NoData("Volumes over time", "market");
        }
        else
        {
            series = FigureCanvas.NewPlot("Local and DSO volume per interval", "Market interval", "Energy (kWh)");
            var x = d.StepAxis;
            MarketPerformanceFigure.Line(series, x, d.Series(s => s.P2PVolume), ReportColors.Volume, "P2P (kWh)");
            MarketPerformanceFigure.Line(series, x, d.Series(s => s.DsoTotalVolume), ReportColors.Dso, "DSO (kWh)");
            var maxV = Math.Max(1e-9, d.Market.Max(s => s.ClearingVolume));
            var ratio = series.Add.ScatterLine(x, d.Series(s => (1 - s.P2PRatio) * maxV), Colors.Black);
            ratio.LinePattern = LinePattern.Dotted;
            ratio.LegendText = "DSO share (× max volume)";
            series.ShowLegend(Alignment.UpperRight);
            series.Axes.Margins(top: 0.3);
        }

        var footer = string.Create(CultureInfo.InvariantCulture,
            $"Net grid import {m.NetGridImport:0.#} kWh · price spread {m.PriceSpread:0.#} USD/MWh · local price advantage {m.LocalPriceAdvantage:0.#} USD/MWh · avoided DSO cost {m.AvoidedDsoCost:0.##} USD · DSO profit {m.DsoProfit:0.##} USD");
        return FigureCanvas.Grid(Name, title, caption, 2, 2, [share, volumes, prices, series], footer: footer);
    }
}
