using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Reporting;

/// <summary>The case study's "Battery Storage Coordination Analysis" 2×2 panel across scenarios. 1600×1200 px.</summary>
public static class StorageCoordinationPanel
{
    /// <summary>File name.</summary>
    public const string Name = "battery_storage_coordination_analysis";

    /// <summary>Renders the panel; colours follow <see cref="ReportColors.ForScenarios"/>.</summary>
    public static Figure Render(IReadOnlyList<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        const string title = "Battery Storage Coordination Analysis";
        const string caption = "Storage design per scenario: battery ratio (kWh of battery per kW of capacity) against coordination potential (ratio · mean η · mean SoC window), total battery (kWh), mean charge efficiency against mean SoC window (scenarios with batteries), and scenarios ranked by potential.";
        if (results.Count == 0)
        {
            return FigureCanvas.Grid(Name, title, caption, 1, 1, [FigureCanvas.NoData(title, "scenario")]);
        }

        var colors = ReportColors.ForScenarios(results.Select(r => r.Scenario));
        var ratio = CrossScenario.Scatter("Battery ratio vs coordination potential", "Battery ratio (kWh/kW)", "Coordination potential (kWh/kW)", results, colors,
            r => r.Storage.BatteryRatio, r => r.Storage.CoordinationPotential, legend: true);
        var total = CrossScenario.Bars("Total battery capacity by scenario", "Battery capacity (kWh)", results, colors, r => r.Storage.TotalBatteryKWh, horizontal: false, "0");
        // η and the SoC window are undefined without a battery: those scenarios would only squash the others into a corner.
        var withBattery = results.Where(r => r.Storage.AgentsWithBattery > 0).ToArray();
        var eff = withBattery.Length == 0
            ? FigureCanvas.NoData("Average efficiency vs SoC window", "battery")
            : CrossScenario.Scatter("Average efficiency vs SoC window (scenarios with batteries)", "Mean charge efficiency η (–)", "Mean SoC window (max − min, –)", withBattery, colors,
                r => r.Storage.AverageEfficiency, r => r.Storage.AverageSocWindow, legend: false);
        var ranked = results.OrderByDescending(r => r.Storage.CoordinationPotential).ThenBy(r => r.Scenario, StringComparer.Ordinal).ToArray();
        var rank = CrossScenario.Bars("Coordination potential ranking", "Coordination potential (kWh/kW)", ranked, colors, r => r.Storage.CoordinationPotential, horizontal: true);
        return FigureCanvas.Grid(Name, title, caption, 2, 2, [ratio, total, eff, rank]);
    }
}
