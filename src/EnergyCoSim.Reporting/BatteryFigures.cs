using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Battery figures of the last episode: SoC of every battery, charge/discharge per step, storage-heavy vs no-storage agents. 1600×800 px each.</summary>
public static class BatteryFigures
{
    /// <summary>File name of the SoC figure.</summary>
    public const string SocName = "battery_soc";

    /// <summary>File name of the charge/discharge figure.</summary>
    public const string FlowsName = "battery_flows";

    /// <summary>File name of the storage comparison figure.</summary>
    public const string ComparisonName = "storage_vs_no_storage";

    /// <summary>Width, px.</summary>
    public const int Width = 1600;

    /// <summary>Height, px.</summary>
    public const int Height = 800;

    /// <summary>All three battery figures.</summary>
    public static IReadOnlyList<Figure> RenderAll(ScenarioResult result) => [Soc(result), Flows(result), StorageComparison(result)];

    /// <summary>State of charge of every battery over the episode.</summary>
    public static Figure Soc(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = new ScenarioData(result);
        const string caption = "State of charge after each interval for every agent with a battery (0–1): rising = charging from surplus, falling = serving demand or selling; agents without a battery are absent.";
        var title = $"Battery State of Charge — {result.Scenario}";
        var withBattery = d.AgentIds.Where(id => d.Agents.Any(a => a.AgentId == id && a.Soc is not null)).ToArray();
        if (withBattery.Length == 0)
        {
            return FigureCanvas.Single(SocName, caption, FigureCanvas.NoData(title, "battery"), Width, Height);
        }

        var plot = FigureCanvas.NewPlot(title, "Market interval", "State of charge (0–1)");
        foreach (var id in withBattery)
        {
            var (x, y) = d.AgentSeries(id, a => a.Soc ?? double.NaN);
            MarketPerformanceFigure.Line(plot, x, y, ReportColors.Series(IndexOf(d, id)), id);
        }

        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend(Edge.Right);
        return FigureCanvas.Single(SocName, caption, plot, Width, Height);
    }

    /// <summary>Energy charged (up) and discharged (down) per step, stacked by agent.</summary>
    public static Figure Flows(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = new ScenarioData(result);
        const string caption = "Energy each battery took from the bus (above 0) and delivered to it (below 0) per interval, stacked by agent (kWh); the black line is the community's net charge.";
        var title = $"Battery Charge / Discharge — {result.Scenario}";
        var withBattery = d.AgentIds.Where(id => d.Agents.Any(a => a.AgentId == id && a.Soc is not null)).ToArray();
        if (withBattery.Length == 0)
        {
            return FigureCanvas.Single(FlowsName, caption, FigureCanvas.NoData(title, "battery"), Width, Height);
        }

        var plot = FigureCanvas.NewPlot(title, "Market interval", "Energy (kWh)");
        var steps = d.Agents.Select(a => a.Step).Distinct().Order().ToArray();
        var up = new double[steps.Length];
        var down = new double[steps.Length];
        var bars = new List<Bar>();
        foreach (var id in withBattery)
        {
            var color = ReportColors.Series(IndexOf(d, id));
            foreach (var a in d.Agents.Where(a => a.AgentId == id))
            {
                var i = Array.IndexOf(steps, a.Step);
                if (a.ChargeKWh > 0)
                {
                    bars.Add(new Bar { Position = a.Step, ValueBase = up[i], Value = up[i] + a.ChargeKWh, FillColor = color, Size = 0.8, LineWidth = 0 });
                    up[i] += a.ChargeKWh;
                }

                if (a.DischargeKWh > 0)
                {
                    bars.Add(new Bar { Position = a.Step, ValueBase = down[i], Value = down[i] - a.DischargeKWh, FillColor = color.WithAlpha(0.6), Size = 0.8, LineWidth = 0 });
                    down[i] -= a.DischargeKWh;
                }
            }

            // A zero-height bar carries the agent's legend entry.
            var legend = plot.Add.Bars(new List<Bar> { new() { Position = steps[0], Value = 0, FillColor = color, LineWidth = 0 } });
            legend.LegendText = id;
        }

        plot.Add.Bars(bars);
        MarketPerformanceFigure.Line(plot, steps.Select(s => (double)s).ToArray(), up.Select((u, i) => u + down[i]).ToArray(), Colors.Black, "Net charge");
        plot.Add.HorizontalLine(0, 1, Colors.Black);
        plot.ShowLegend(Edge.Right);
        return FigureCanvas.Single(FlowsName, caption, plot, Width, Height);
    }

    /// <summary>Energy totals of the agent with the largest battery against the mean agent without battery.</summary>
    public static Figure StorageComparison(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = new ScenarioData(result);
        const string caption = "Episode totals per agent (kWh) of the agent with the largest battery against the average agent without one: storage should shift surplus into later own use, cutting purchases, curtailment and unserved demand.";
        var title = $"Storage-Heavy vs No-Storage Agents — {result.Scenario}";
        var capacity = d.AgentIds.ToDictionary(id => id, id => d.Agents.Where(a => a.AgentId == id && a.Soc is > 0).Select(a => a.EnergyLevelKWh / a.Soc!.Value).DefaultIfEmpty(0).Max(), StringComparer.Ordinal);
        var heavy = capacity.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault();
        var none = d.AgentIds.Where(id => d.Agents.Where(a => a.AgentId == id).All(a => a.Soc is null)).ToArray();
        if (heavy is null || none.Length == 0)
        {
            var what = heavy is null ? "battery" : "no-storage agent";
            return FigureCanvas.Single(ComparisonName, caption, FigureCanvas.NoData(title, what), Width, Height);
        }

        (string Label, Func<AgentStepRecord, double> F)[] measures =
        [
            ("Generation", a => a.GenerationKWh), ("Demand", a => a.DemandKWh), ("Bought", a => a.BoughtKWh), ("Sold", a => a.SoldKWh),
            ("Curtailed", a => a.CurtailedKWh), ("Unserved", a => a.UnservedKWh), ("Charged", a => a.ChargeKWh), ("Discharged", a => a.DischargeKWh),
        ];
        var plot = FigureCanvas.NewPlot(title, "", "Energy over the episode (kWh)");
        var heavyBars = measures.Select((m, i) => new Bar { Position = i - 0.2, Value = d.Agents.Where(a => a.AgentId == heavy).Sum(m.F), FillColor = ReportColors.Seller, Size = 0.38 }).ToList();
        var noneBars = measures.Select((m, i) => new Bar { Position = i + 0.2, Value = none.Average(id => d.Agents.Where(a => a.AgentId == id).Sum(m.F)), FillColor = Colors.Gray, Size = 0.38 }).ToList();
        plot.Add.Bars(heavyBars).LegendText = $"{heavy} (battery {capacity[heavy]:0.#} kWh)";
        plot.Add.Bars(noneBars).LegendText = $"Mean of {none.Length} agent(s) without battery";
        FigureCanvas.CategoryTicks(plot, measures.Select(m => m.Label).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        return FigureCanvas.Single(ComparisonName, caption, plot, Width, Height);
    }

    private static int IndexOf(ScenarioData d, string id) => d.AgentIds.ToList().IndexOf(id);
}
