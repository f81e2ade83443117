using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Reporting;

/// <summary>Writes the single-page report: run header, the CLI's tables, per-scenario settings and seed, every figure with its caption. All text escaped.</summary>
internal static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1700px;color:#222;padding:0 1em}
        h1{margin-bottom:.2em}h2{border-bottom:2px solid #4A90E2;padding-bottom:.2em;margin-top:2em}
        table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:right}
        th{background:#f0f4fa}td:first-child,th:first-child{text-align:left}figure{margin:1.5em 0}img{max-width:100%;height:auto;border:1px solid #ddd}
        figcaption{color:#444;font-size:.95em;margin-top:.3em}.meta{color:#555}nav a{margin-right:1em}
        """;

    public static string Render(RunOutput run, ReportOptions options, string reporterVersion, IReadOnlyList<ReportFigure> crossFigures,
        IReadOnlyDictionary<string, IReadOnlyList<ReportFigure>> scenarioFigures, ReportFigure? learning,
        IReadOnlyDictionary<string, IReadOnlyList<ReportFigure>>? gridFigures = null)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(options.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        h.Append("<h1>").Append(E(options.Title)).Append("</h1>\n<p class=\"meta\">Run written by EnergyCoSim ").Append(E(run.Summary.EnergyCoSimVersion))
            .Append(" on ").Append(E(run.Summary.Machine)).Append(" · report by EnergyCoSim ").Append(E(reporterVersion)).Append(" · ")
            .Append(run.Scenarios.Count.ToString(CultureInfo.InvariantCulture)).Append(" scenario(s)</p>\n<nav>");
        foreach (var s in run.Scenarios)
        {
            h.Append("<a href=\"#").Append(E(Anchor(s.Scenario))).Append("\">").Append(E(s.Scenario)).Append("</a>");
            if (s.Coupling is not null)
            {
                h.Append("<a href=\"#").Append(E(GridPageHtml.Anchor(s.Scenario))).Append("\">Grid: ").Append(E(s.Scenario)).Append("</a>");
            }
        }

        h.Append("</nav>\n<h2>Storage coordination metrics</h2>\n");
        Table(h, ["Scenario", "Total generation (kW)", "Total battery (kWh)", "Battery ratio (kWh/kW)", "Agents with battery", "Mean η", "Mean SoC window", "Battery diversity", "Coordination potential"],
            run.Scenarios.Select(s => new[] { s.Scenario, N(s.Storage.TotalGenerationKW, "0.#"), N(s.Storage.TotalBatteryKWh, "0.#"), N(s.Storage.BatteryRatio), s.Storage.AgentsWithBattery.ToString(CultureInfo.InvariantCulture), N(s.Storage.AverageEfficiency), N(s.Storage.AverageSocWindow), N(s.Storage.BatteryDiversity), N(s.Storage.CoordinationPotential) }));
        h.Append("<h2>Performance summary</h2>\n");
        Table(h, ["Scenario", "Final reward", "Average reward", "Episode reward", "Mean clearing price (USD/MWh)", "Price volatility (USD/MWh)", "P2P volume (kWh)", "DSO volume (kWh)", "P2P ratio", "Mean |grid balance| (kWh)", "Self-sufficiency"],
            run.Scenarios.Select(s => s.Performance).Zip(run.Scenarios, (p, s) => new[] { s.Scenario, N(p.FinalReward), N(p.AverageReward), N(p.EpisodeReward), N(p.MeanClearingPrice, "0.##"), N(p.ClearingPriceVolatility, "0.##"), N(p.P2PVolumeKWh, "0.#"), N(p.DsoVolumeKWh, "0.#"), N(p.P2PRatio), N(p.MeanAbsGridBalanceKWh, "0.##"), N(p.SelfSufficiency) }));
        h.Append("<h2>Ranking (final reward, best first)</h2>\n");
        var perf = run.Scenarios.ToDictionary(s => s.Scenario, s => s.Performance.FinalReward, StringComparer.Ordinal);
        Table(h, ["Rank", "Scenario", "Final reward"], run.Summary.Ranking.Select((s, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), s, perf.TryGetValue(s, out var r) ? N(r) : "" }));
        h.Append("<h2>Across scenarios</h2>\n");
        foreach (var f in crossFigures)
        {
            FigureHtml(h, f);
        }

        if (learning is not null)
        {
            h.Append("<h2>Learning curves</h2>\n");
            FigureHtml(h, learning);
        }

        foreach (var s in run.Scenarios)
        {
            h.Append("<h2 id=\"").Append(E(Anchor(s.Scenario))).Append("\">Scenario ").Append(E(s.Scenario)).Append("</h2>\n<h3>Settings</h3>\n");
            var last = s.Episodes.Count > 0 ? s.Episodes[^1] : null;
            var settings = new List<string[]>
            {
                new[] { "Seed", s.Seed.ToString(CultureInfo.InvariantCulture) },
                new[] { "Strategy", s.Strategy },
                new[] { "Grid capacity (kW)", N(s.GridCapacityKW, "0.#") },
                new[] { "Episodes", s.Episodes.Count.ToString(CultureInfo.InvariantCulture) },
                new[] { "Market intervals (last episode)", (last?.MarketSteps.Count ?? 0).ToString(CultureInfo.InvariantCulture) },
                new[] { "Agents", (last?.AgentSteps.Select(a => a.AgentId).Distinct(StringComparer.Ordinal).Count() ?? 0).ToString(CultureInfo.InvariantCulture) },
            };
            settings.AddRange(s.Settings.Select(kv => new[] { kv.Key, kv.Value }));
            Table(h, ["Setting", "Value"], settings);
            h.Append("<h3>Metrics of the last episode (spec §9)</h3>\n");
            Table(h, ["Coordination", "Value", "DSO", "Value", "Grid", "Value", "Market", "Value"], MetricColumns(s.Coordination, s.Dso, s.Grid, s.Market));
            h.Append("<h3>Figures</h3>\n");
            foreach (var f in scenarioFigures.TryGetValue(s.Scenario, out var list) ? list : [])
            {
                FigureHtml(h, f);
            }

            if (s.Coupling is { } coupling)
            {
                GridPageHtml.Append(h, s.Scenario, coupling, gridFigures is not null && gridFigures.TryGetValue(s.Scenario, out var grid) ? grid : []);
            }
        }

        h.Append("</body></html>\n");
        return h.ToString();
    }

    public static string E(string s) => WebUtility.HtmlEncode(s);

    private static string Anchor(string scenario) => "scenario-" + new string(scenario.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    internal static string N(double v, string format = "0.###") => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    internal static void FigureHtml(StringBuilder h, ReportFigure f)
    {
        h.Append("<figure><img src=\"").Append(E(f.Source)).Append("\" alt=\"").Append(E(f.Figure.Title)).Append("\" width=\"")
            .Append(f.Figure.Width.ToString(CultureInfo.InvariantCulture)).Append("\" height=\"").Append(f.Figure.Height.ToString(CultureInfo.InvariantCulture))
            .Append("\"><figcaption><b>").Append(E(f.Figure.Title)).Append(".</b> ").Append(E(f.Figure.Caption)).Append("</figcaption></figure>\n");
    }

    internal static void Table(StringBuilder h, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        h.Append("<table><thead><tr>");
        foreach (var c in header)
        {
            h.Append("<th>").Append(E(c)).Append("</th>");
        }

        h.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            h.Append("<tr>");
            foreach (var c in row)
            {
                h.Append("<td>").Append(E(c)).Append("</td>");
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody></table>\n");
    }

    /// <summary>The scalar members of the four metric records side by side (lists and maps are drawn, not tabled).</summary>
    private static IEnumerable<string[]> MetricColumns(params object[] sets)
    {
        var columns = sets.Select(o => o.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(double) || p.PropertyType == typeof(int))
            .Select(p => (p.Name, Value: Convert.ToDouble(p.GetValue(o), CultureInfo.InvariantCulture))).ToArray()).ToArray();
        var rows = columns.Max(c => c.Length);
        for (var r = 0; r < rows; r++)
        {
            yield return columns.SelectMany(c => r < c.Length ? new[] { c[r].Name, N(c[r].Value) } : ["", ""]).ToArray();
        }
    }
}
