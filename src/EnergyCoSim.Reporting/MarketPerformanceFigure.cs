using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Market performance over the last episode (2×2): clearing price, volumes, P2P ratio, trade count. 1600×1200 px.</summary>
public static class MarketPerformanceFigure
{
    /// <summary>File name.</summary>
    public const string Name = "market_performance";

    /// <summary>Renders the figure.</summary>
    public static Figure Render(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = new ScenarioData(result);
        const string caption = "Per market interval of the last episode: volume-weighted clearing price, traded energy split into P2P and DSO, the P2P share of it and the number of trades; higher P2P share = more local trading.";
        var title = $"Market Performance — {result.Scenario}";
        if (d.Market.Count == 0)
        {
            return FigureCanvas.Grid(Name, title, caption, 1, 1, [FigureCanvas.NoData("Market performance", "market")]);
        }

        var x = d.StepAxis;
        var price = FigureCanvas.NewPlot("Clearing price", "Market interval", "Price (USD/MWh)");
        var ps = price.Add.ScatterLine(x, d.Series(m => m.ClearingPrice), ReportColors.Price);
        ps.LineWidth = 2;
        ps.MarkerSize = 5;
        ps.LegendText = "Clearing price";
        var fit = price.Add.ScatterLine(x, d.Series(m => m.FeedInTariff), Colors.Gray);
        fit.LinePattern = LinePattern.Dashed;
        fit.LegendText = "Feed-in tariff";
        var up = price.Add.ScatterLine(x, d.Series(m => m.UtilityPrice), Colors.Black);
        up.LinePattern = LinePattern.Dotted;
        up.LegendText = "Utility price";
        price.ShowLegend(Alignment.UpperRight);
        price.Axes.Margins(top: 0.3); // head room so the legend never hides a peak

        var volume = FigureCanvas.NewPlot("Traded energy", "Market interval", "Energy (kWh)");
        Line(volume, x, d.Series(m => m.ClearingVolume), Colors.Black, "Total");
        Line(volume, x, d.Series(m => m.P2PVolume), ReportColors.Volume, "P2P");
        Line(volume, x, d.Series(m => m.DsoTotalVolume), ReportColors.Dso, "DSO (bought + sold)");
        volume.ShowLegend(Alignment.UpperRight);
        volume.Axes.Margins(top: 0.3);

        var ratio = FigureCanvas.NewPlot("P2P share of traded energy", "Market interval", "P2P / (P2P + DSO)");
        Line(ratio, x, d.Series(m => m.P2PRatio), ReportColors.Volume, null);
        ratio.Axes.SetLimitsY(-0.05, 1.05);

        var count = FigureCanvas.NewPlot("Trades per interval", "Market interval", "Trades (count)");
        var bars = count.Add.Bars(x, d.Series(m => m.Trades.Count));
        bars.Color = ReportColors.Price;
        count.Axes.Margins(bottom: 0);
        FigureCanvas.IntegerTicks(count.Axes.Left);

        return FigureCanvas.Grid(Name, title, caption, 2, 2, [price, volume, ratio, count]);
    }

    internal static void Line(Plot plot, double[] x, double[] y, Color color, string? legend)
    {
        var s = plot.Add.ScatterLine(x, y, color);
        s.LineWidth = 2;
        s.MarkerSize = 4;
        if (legend is not null)
        {
            s.LegendText = legend;
        }
    }
}
