using System.Globalization;
using System.Text;
using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Reporting;

/// <summary>The grid page of a coupled scenario in the HTML report: the summary table of <see cref="GridCouplingSummary"/> and the grid figures.</summary>
internal static class GridPageHtml
{
    public static string Anchor(string scenario) => "grid-" + new string(scenario.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    public static void Append(StringBuilder h, string scenario, GridCouplingResult coupling, IReadOnlyList<ReportFigure> figures)
    {
        var s = GridCouplingSummary.Of(coupling);
        h.Append("<h2 id=\"").Append(HtmlReportWriter.E(Anchor(scenario))).Append("\">Grid (power flow): ").Append(HtmlReportWriter.E(scenario)).Append("</h2>\n");
        HtmlReportWriter.Table(h, ["Grid", "Value"], Rows(coupling, s));
        foreach (var f in figures)
        {
            HtmlReportWriter.FigureHtml(h, f);
        }
    }

    /// <summary>The summary rows; the test of the page reads them back by their first cell.</summary>
    public static IEnumerable<string[]> Rows(GridCouplingResult c, GridCouplingSummary s)
    {
        static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        string Where(int bus, int step) => bus < 0 ? "" : $" at bus {I(bus)}, interval {I(step)}";
        yield return ["Feeder", c.Feeder];
        yield return ["Voltage band (pu)", $"{N(c.VMinPu)}–{N(c.VMaxPu)}"];
        yield return ["Market intervals", I(s.Intervals)];
        yield return ["Highest voltage (pu)", N(s.MaxVoltagePu, "0.0000") + Where(s.MaxVoltageBus, s.MaxVoltageStep)];
        yield return ["Lowest voltage (pu)", N(s.MinVoltagePu, "0.0000") + Where(s.MinVoltageBus, s.MinVoltageStep)];
        yield return ["Highest branch loading (%)", N(s.MaxLoadingPct, "0.##")];
        yield return ["Intervals with violations left", I(s.IntervalsWithViolations)];
        yield return ["Violations left (sum over intervals)", I(s.Violations)];
        yield return ["Curtailed / shed energy (kWh)", N(s.CurtailedKwh, "0.###")];
        yield return ["Network losses (kWh)", N(s.LossesKwh, "0.###")];
        yield return ["Most market clearings in one interval", I(s.MaxIterations) + (c.MaxIterations > 0 ? $" (cap {I(c.MaxIterations)})" : "")];
        yield return ["Intervals re-cleared by the DSO", I(s.IntervalsReCleared)];
        yield return ["Unconverged intervals", I(s.UnconvergedIntervals)];
    }

    private static string N(double v, string format = "0.###") => HtmlReportWriter.N(v, format);
}
