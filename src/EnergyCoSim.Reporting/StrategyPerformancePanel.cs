using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Reporting;

/// <summary>The case study's "Battery Storage Strategy Performance Analysis" 2×2 panel (final reward) across scenarios. 1600×1200 px.</summary>
public static class StrategyPerformancePanel
{
    /// <summary>File name.</summary>
    public const string Name = "battery_storage_strategy_performance_analysis";

    /// <summary>Renders the panel; colours follow <see cref="ReportColors.ForScenarios"/>.</summary>
    public static Figure Render(IReadOnlyList<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        const string title = "Battery Storage Strategy Performance Analysis";
        const string caption = "Final reward (Σ over agents of the last interval's reward) against battery ratio and against coordination potential, per scenario and ranked: does more or better storage pay off?";
        if (results.Count == 0)
        {
            return FigureCanvas.Grid(Name, title, caption, 1, 1, [FigureCanvas.NoData(title, "scenario")]);
        }

        var colors = ReportColors.ForScenarios(results.Select(r => r.Scenario));
        var vsRatio = CrossScenario.Scatter("Performance vs battery ratio", "Battery ratio (kWh/kW)", "Final reward (–)", results, colors,
            r => r.Storage.BatteryRatio, r => r.Performance.FinalReward, legend: true);
        var byStrategy = CrossScenario.Bars("Final reward by battery strategy", "Final reward (–)", results, colors, r => r.Performance.FinalReward, horizontal: false, "0.##");
        var vsPotential = CrossScenario.Scatter("Coordination potential vs performance", "Coordination potential (kWh/kW)", "Final reward (–)", results, colors,
            r => r.Storage.CoordinationPotential, r => r.Performance.FinalReward, legend: false);
        var ranked = results.OrderByDescending(r => r.Performance.FinalReward).ThenBy(r => r.Scenario, StringComparer.Ordinal).ToArray();
        var rank = CrossScenario.Bars("Battery strategy performance ranking", "Final reward (–)", ranked, colors, r => r.Performance.FinalReward, horizontal: true, "0.##");
        return FigureCanvas.Grid(Name, title, caption, 2, 2, [vsRatio, byStrategy, vsPotential, rank]);
    }
}
