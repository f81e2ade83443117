using System.Globalization;
using EnergyCoSim.Simulation.Results;
using Spectre.Console;

namespace EnergyCoSim.Cli.Running;

/// <summary>The case study's tables: storage coordination metrics, performance summary and ranking.</summary>
internal static class ResultTables
{
    public static void Write(IAnsiConsole console, IReadOnlyList<ScenarioResult> results)
    {
        var storage = new Table().Title("Storage coordination metrics").AddColumns(
            "Scenario", "Battery ratio", "Agents w/ battery", "Avg efficiency", "Avg SoC window", "Diversity", "Coordination potential");
        foreach (var r in results)
        {
            var s = r.Storage;
            storage.AddRow(r.Scenario, F(s.BatteryRatio, "0.00"), $"{s.AgentsWithBattery}/{r.Episodes[0].AgentSteps.Select(a => a.AgentId).Distinct().Count()}",
                P(s.AverageEfficiency), P(s.AverageSocWindow), F(s.BatteryDiversity, "0.00"), F(s.CoordinationPotential, "0.000"));
        }

        console.Write(storage);
        var perf = new Table().Title("Performance summary (prices USD/MWh, energy kWh per episode)").AddColumns(
            "Scenario", "Final reward", "Avg reward", "Mean price", "Price volatility", "P2P", "DSO", "P2P ratio", "Mean |grid balance|", "Self-sufficiency");
        foreach (var r in results)
        {
            var p = r.Performance;
            perf.AddRow(r.Scenario, F(p.FinalReward, "0.00"), F(p.AverageReward, "0.00"), F(p.MeanClearingPrice, "0.0"), F(p.ClearingPriceVolatility, "0.0"),
                F(p.P2PVolumeKWh, "0.0"), F(p.DsoVolumeKWh, "0.0"), P(p.P2PRatio), F(p.MeanAbsGridBalanceKWh, "0.0"), P(p.SelfSufficiency));
        }

        console.Write(perf);
        var ranking = new Table().Title("Ranking by final reward").AddColumns("#", "Scenario", "Final reward", "Avg reward", "Coordination potential");
        var rank = 1;
        foreach (var r in results.OrderByDescending(r => r.Performance.FinalReward).ThenBy(r => r.Scenario, StringComparer.Ordinal))
        {
            ranking.AddRow((rank++).ToString(CultureInfo.InvariantCulture), r.Scenario, F(r.Performance.FinalReward, "0.00"), F(r.Performance.AverageReward, "0.00"), F(r.Storage.CoordinationPotential, "0.000"));
        }

        console.Write(ranking);
    }

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);

    private static string P(double v) => v.ToString("0.0%", CultureInfo.InvariantCulture);
}
