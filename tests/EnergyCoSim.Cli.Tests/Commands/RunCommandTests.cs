using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Cli.Tests.Support;

namespace EnergyCoSim.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Run_Case5Folder_PrintsTheTablesAndWritesEveryScenario()
    {
        var code = await _cli.RunAsync("run", Case5(), "--out", _cli.Temp("a"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Storage coordination metrics", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Performance summary", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Ranking by final reward", _cli.Output, StringComparison.Ordinal);
        foreach (var scenario in new[] { "no_battery", "uniform_small_battery", "uniform_large_battery", "mixed_battery", "strategic_battery", "degradation_aware" })
        {
            Assert.Contains(scenario, _cli.Output, StringComparison.Ordinal);
            foreach (var file in new[] { "market_steps.csv", "trades.csv", "agents.csv", "summary.json" })
            {
                Assert.True(File.Exists(Path.Combine(_cli.Dir, "a", scenario, file)), $"{scenario}/{file} missing");
            }
        }

        Assert.True(File.Exists(Path.Combine(_cli.Dir, "a", "summary.json")));
    }

    [Fact]
    public async Task Run_SequentialAndParallel_WriteIdenticalTradesFilesBitForBit()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("run", Case5(), "--out", _cli.Temp("seq"), "--parallel", "1"));
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("run", Case5(), "--out", _cli.Temp("par"), "--parallel", "6"));

        foreach (var scenarioDir in Directory.GetDirectories(Path.Combine(_cli.Dir, "seq")).Where(d => File.Exists(Path.Combine(d, "trades.csv"))))
        {
            var name = Path.GetFileName(scenarioDir);
            Assert.Equal(
                await File.ReadAllBytesAsync(Path.Combine(scenarioDir, "trades.csv")),
                await File.ReadAllBytesAsync(Path.Combine(_cli.Dir, "par", name, "trades.csv")));
        }
    }

    [Fact]
    public async Task Run_InvalidScenario_ExitsValidationListingEveryProblem()
    {
        var bad = _cli.Temp("bad.yaml");
        await File.WriteAllTextAsync(bad, "schema_version: 1\nmax_steps: 0\nmarket: { min_price: 10, max_price: 5 }\nagents: [ { id: a, capacity_kw: 5 } ]\n");

        var code = await _cli.RunAsync("run", bad, "--out", _cli.Temp("out"));

        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("max_steps: 0 is outside [1, 1000000]", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("market.max_price: 5 must be > min_price (10)", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownStrategy_ExitsValidation()
    {
        var code = await _cli.RunAsync("run", Case5(), "--strategy", "genius", "--out", _cli.Temp("x"));
        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("strategy: genius is not one of", _cli.Error, StringComparison.Ordinal);
    }

    private static string Case5() => CliHarness.Example("case5-battery-coordination");
}
