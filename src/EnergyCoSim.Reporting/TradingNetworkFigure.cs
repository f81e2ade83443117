using System.Globalization;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Trading network of the last episode: agents on a circle, the DSO in the middle, edge width by volume. 1200×1100 px.</summary>
public static class TradingNetworkFigure
{
    /// <summary>File name.</summary>
    public const string Name = "trading_network";

    /// <summary>Width, px.</summary>
    public const int Width = 1200;

    /// <summary>Height, px.</summary>
    public const int Height = 1100;

    /// <summary>Renders the figure; <paramref name="dsoId"/> is the DSO's participant id.</summary>
    public static Figure Render(ScenarioResult result, string dsoId = MarketParticipants.DsoId)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = new ScenarioData(result);
        const string caption = "Who traded with whom over the last episode: line width ∝ energy traded on the pair (label in kWh, darker = longer network distance); green net sellers, blue net buyers, orange balanced; the DSO sits in the middle.";
        var title = $"Trading Network — {result.Scenario}";
        var trades = d.Market.SelectMany(m => m.Trades).ToArray();
        if (trades.Length == 0)
        {
            return FigureCanvas.Single(Name, caption, FigureCanvas.NoData(title, "trade"), Width, Height);
        }

        var pairs = trades.GroupBy(t => string.CompareOrdinal(t.BuyerId, t.SellerId) < 0 ? (t.BuyerId, t.SellerId) : (t.SellerId, t.BuyerId))
            .Select(g => (A: g.Key.Item1, B: g.Key.Item2, Volume: g.Sum(t => t.Quantity.Value), Distance: g.Average(t => t.DistanceKm)))
            .OrderBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal).ToArray();
        var sold = new Dictionary<string, double>(StringComparer.Ordinal);
        var bought = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in trades)
        {
            sold[t.SellerId] = sold.GetValueOrDefault(t.SellerId) + t.Quantity.Value;
            bought[t.BuyerId] = bought.GetValueOrDefault(t.BuyerId) + t.Quantity.Value;
        }

        var agents = sold.Keys.Concat(bought.Keys).Concat(d.AgentIds).Where(a => a != dsoId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var pos = new Dictionary<string, Coordinates>(StringComparer.Ordinal) { [dsoId] = new(0, 0) };
        for (var i = 0; i < agents.Length; i++)
        {
            // Deterministic circle layout starting at 12 o'clock, clockwise in sorted id order.
            var angle = (Math.PI / 2) - (2 * Math.PI * i / agents.Length);
            pos[agents[i]] = new Coordinates(Math.Cos(angle), Math.Sin(angle));
        }

        var plot = FigureCanvas.NewPlot(title, "", "");
        plot.HideGrid();
        plot.Axes.Frameless();
        var maxVol = pairs.Max(p => p.Volume);
        var maxDist = Math.Max(1e-9, pairs.Max(p => p.Distance));
        foreach (var p in pairs)
        {
            var (a, b) = (pos.GetValueOrDefault(p.A, new Coordinates(0, 0)), pos.GetValueOrDefault(p.B, new Coordinates(0, 0)));
            var grey = (byte)(190 - (140 * p.Distance / maxDist));
            var line = plot.Add.Line(a, b);
            line.LineWidth = (float)(1.5 + (6 * p.Volume / maxVol));
            line.Color = new Color(grey, grey, grey, 200);
            var label = plot.Add.Text(p.Volume.ToString("0.#", CultureInfo.InvariantCulture) + " kWh", (a.X + b.X) / 2, (a.Y + b.Y) / 2);
            label.LabelFontSize = 11;
            label.LabelFontColor = Colors.Black;
            label.LabelBackgroundColor = Colors.White.WithAlpha(0.75);
            label.LabelAlignment = Alignment.MiddleCenter;
        }

        var legendDone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in agents.Prepend(dsoId))
        {
            var net = sold.GetValueOrDefault(id) - bought.GetValueOrDefault(id);
            var through = sold.GetValueOrDefault(id) + bought.GetValueOrDefault(id);
            var (color, kind) = Math.Abs(net) <= 0.05 * through ? (ReportColors.Balanced, "Balanced (|net| ≤ 5 %)")
                : net > 0 ? (ReportColors.Seller, "Net seller") : (ReportColors.Buyer, "Net buyer");
            var marker = plot.Add.Marker(pos[id], id == dsoId ? MarkerShape.FilledSquare : MarkerShape.FilledCircle, id == dsoId ? 46 : 40, color);
            if (legendDone.Add(kind))
            {
                marker.LegendText = kind;
            }

            var text = plot.Add.Text(id, pos[id].X * 1.18, (pos[id].Y * 1.12) - (id == dsoId ? 0.1 : 0));
            text.LabelFontSize = 15;
            text.LabelBold = true;
            text.LabelAlignment = Alignment.MiddleCenter;
        }

        plot.Axes.SetLimits(-1.45, 1.45, -1.35, 1.35);
        plot.ShowLegend(Alignment.LowerRight);
        return FigureCanvas.Single(Name, caption, plot, Width, Height);
    }
}
