using System.Globalization;
using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Buyer × seller heatmaps of the last episode (volume, value, count), ids sorted, DSO included. 1200×1000 px.</summary>
public static class TradeMatrixFigure
{
    /// <summary>Width, px.</summary>
    public const int Width = 1200;

    /// <summary>Height, px.</summary>
    public const int Height = 1000;

    private static readonly Color[] YlOrRd =
        [Color.FromHex("#FFFFCC"), Color.FromHex("#FED976"), Color.FromHex("#FD8D3C"), Color.FromHex("#E31A1C"), Color.FromHex("#800026")];

    /// <summary>File name of a kind (agent_volume_matrix, agent_price_matrix, agent_count_matrix).</summary>
    public static string NameOf(TradeMatrixKind kind) => kind switch
    {
        TradeMatrixKind.Volume => "agent_volume_matrix",
        TradeMatrixKind.Value => "agent_price_matrix",
        _ => "agent_count_matrix",
    };

    /// <summary>All three matrices.</summary>
    public static IReadOnlyList<Figure> RenderAll(ScenarioResult result) =>
        [Render(result, TradeMatrixKind.Volume), Render(result, TradeMatrixKind.Value), Render(result, TradeMatrixKind.Count)];

    /// <summary>Renders one matrix.</summary>
    public static Figure Render(ScenarioResult result, TradeMatrixKind kind)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = new ScenarioData(result);
        var (what, unit, format) = kind switch
        {
            TradeMatrixKind.Volume => ("Traded energy", "kWh", "0.#"),
            TradeMatrixKind.Value => ("Traded value", "USD", "0.##"),
            _ => ("Number of trades", "count", "0"),
        };
        var caption = $"{what} ({unit}) from each seller (column) to each buyer (row) over the last episode; darker = more; the DSO row/column is the grid fallback.";
        var title = $"Buyer × Seller {what} ({unit}) — {result.Scenario}";
        var name = NameOf(kind);
        var trades = d.Market.SelectMany(m => m.Trades).ToArray();
        if (trades.Length == 0)
        {
            return FigureCanvas.Single(name, caption, FigureCanvas.NoData(title, "trade"), Width, Height);
        }

        var buyers = trades.Select(t => t.BuyerId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var sellers = trades.Select(t => t.SellerId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var cells = new double[buyers.Length, sellers.Length];
        foreach (var t in trades)
        {
            cells[Array.IndexOf(buyers, t.BuyerId), Array.IndexOf(sellers, t.SellerId)] += kind switch
            {
                TradeMatrixKind.Volume => t.Quantity.Value,
                TradeMatrixKind.Value => t.Value.Value,
                _ => 1,
            };
        }

        var plot = FigureCanvas.NewPlot(title, "Seller", "Buyer");
        var hm = plot.Add.Heatmap(cells);
        hm.Colormap = new ScottPlot.Colormaps.CustomInterpolated(YlOrRd);
        var bar = plot.Add.ColorBar(hm);
        bar.Label = $"{what} ({unit})";
        bar.LabelStyle.FontSize = 14;
        var max = cells.Cast<double>().Max();
        for (var r = 0; r < buyers.Length; r++)
        {
            for (var c = 0; c < sellers.Length; c++)
            {
                if (cells[r, c] == 0)
                {
                    continue;
                }

                // Heatmap row 0 is drawn at the top, i.e. at y = rows − 1.
                var text = plot.Add.Text(cells[r, c].ToString(format, CultureInfo.InvariantCulture), c, buyers.Length - 1 - r);
                text.LabelFontSize = 11;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = cells[r, c] > 0.6 * max ? Colors.White : Colors.Black;
            }
        }

        FigureCanvas.CategoryTicks(plot, sellers);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, buyers.Length).Select(i => (double)(buyers.Length - 1 - i)).ToArray(), buyers);
        plot.HideGrid();
        return FigureCanvas.Single(name, caption, plot, Width, Height);
    }
}
