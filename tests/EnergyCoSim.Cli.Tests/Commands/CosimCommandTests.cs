using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Cli.Tests.Support;
using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Cli.Tests.Commands;

public sealed class CosimCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Cosim_FmuBatteryExample_RunsTheDayAndWritesOneRecordPerInterval()
    {
        var dir = _cli.Temp("fmu-run");

        var code = await _cli.RunAsync("cosim", CliHarness.Example("cosim-case5-fmu-battery", "case5_fmu_battery.yaml"), "--out", dir);

        Assert.True(code == ExitCodes.Success, _cli.Error);
        Assert.Contains("intervals: 24", _cli.Output, StringComparison.Ordinal);
        var csv = File.ReadAllLines(Path.Combine(dir, "case5_fmu_battery", "coupling.csv"));
        Assert.Equal(25, csv.Length);
    }

    [Fact]
    public async Task Cosim_ShortCoupledRunWithReport_WritesTheRunDirectoryAndAReportWithTheGridPage()
    {
        var dir = _cli.Temp("coupled");

        var code = await _cli.RunAsync("cosim", CliHarness.Example("cosim-case5-ieee34", "case5_ieee34.yaml"), "--until", "4", "--out", dir, "--report");

        Assert.Equal(ExitCodes.Success, code);
        var scenario = Path.Combine(dir, "case5_ieee34");
        foreach (var file in new[] { "market_steps.csv", "trades.csv", "agents.csv", "summary.json", "coupling.csv", "grid_voltages.csv", "grid_loadings.csv", "grid.json" })
        {
            Assert.True(File.Exists(Path.Combine(scenario, file)), file);
        }

        var html = await File.ReadAllTextAsync(Path.Combine(dir, "report.html"));
        Assert.Contains("<h2 id=\"grid-case5-ieee34\">Grid (power flow): case5_ieee34</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Performance summary", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "figures", "case5_ieee34", "grid_coupling.png")));
        Assert.True(File.Exists(Path.Combine(dir, "figures", "case5_ieee34", "grid_steps.png")));
        Assert.True(File.Exists(Path.Combine(dir, "figures", "case5_ieee34", "market_performance.png")));

        // The summary rows recomputed here straight from the CSV rows of coupling.csv.
        var rows = File.ReadAllLines(Path.Combine(scenario, "coupling.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(4, rows.Length);
        Assert.Equal(4, RunDirectoryReader.Read(dir).Scenarios[0].Episodes[0].MarketSteps.Count);
        var losses = rows.Sum(r => double.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture)) * 1.0; // 60-minute intervals
        var curtailed = rows.Sum(r => double.Parse(r[9], System.Globalization.CultureInfo.InvariantCulture));
        var maxIterations = rows.Max(r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"<td>Network losses (kWh)</td><td>{losses.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>Curtailed / shed energy (kWh)</td><td>{curtailed.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>Most market clearings in one interval</td><td>{maxIterations} (cap 20)</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>Unconverged intervals</td><td>{rows.Count(r => r[2] == "false")}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OnACoupledRunDirectory_RegeneratesTheSameReport()
    {
        var dir = _cli.Temp("again");
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("cosim", CliHarness.Example("cosim-case5-ieee34", "case5_ieee34.yaml"), "--until", "3", "--out", dir, "--report"));
        var first = await File.ReadAllTextAsync(Path.Combine(dir, "report.html"));
        var gridPng = await File.ReadAllBytesAsync(Path.Combine(dir, "figures", "case5_ieee34", "grid_coupling.png"));
        File.Delete(Path.Combine(dir, "report.html"));
        Directory.Delete(Path.Combine(dir, "figures"), recursive: true);

        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("report", dir));

        Assert.Equal(first, await File.ReadAllTextAsync(Path.Combine(dir, "report.html")));
        Assert.Equal(gridPng, await File.ReadAllBytesAsync(Path.Combine(dir, "figures", "case5_ieee34", "grid_coupling.png")));
    }
}
