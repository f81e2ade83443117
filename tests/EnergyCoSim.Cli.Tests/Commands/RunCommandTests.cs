using EnergyCoSim.Cli.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace EnergyCoSim.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "energycosim-cli-run-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task Run_Case5Folder_PrintsTheTablesAndWritesEveryScenario()
    {
        var code = await CliApplication.RunAsync(["run", Case5(), "--out", Path.Combine(_dir, "a")], Context());

        Assert.Equal(ExitCodes.Success, code);
        var text = _output.ToString();
        Assert.Contains("Storage coordination metrics", text, StringComparison.Ordinal);
        Assert.Contains("Performance summary", text, StringComparison.Ordinal);
        Assert.Contains("Ranking by final reward", text, StringComparison.Ordinal);
        foreach (var scenario in new[] { "no_battery", "uniform_small_battery", "uniform_large_battery", "mixed_battery", "strategic_battery", "degradation_aware" })
        {
            Assert.Contains(scenario, text, StringComparison.Ordinal);
            foreach (var file in new[] { "market_steps.csv", "trades.csv", "agents.csv", "summary.json" })
            {
                Assert.True(File.Exists(Path.Combine(_dir, "a", scenario, file)), $"{scenario}/{file} missing");
            }
        }

        Assert.True(File.Exists(Path.Combine(_dir, "a", "summary.json")));
    }

    [Fact]
    public async Task Run_SequentialAndParallel_WriteIdenticalTradesFilesBitForBit()
    {
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["run", Case5(), "--out", Path.Combine(_dir, "seq"), "--parallel", "1"], Context()));
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["run", Case5(), "--out", Path.Combine(_dir, "par"), "--parallel", "6"], Context()));

        foreach (var scenarioDir in Directory.GetDirectories(Path.Combine(_dir, "seq")).Where(d => File.Exists(Path.Combine(d, "trades.csv"))))
        {
            var name = Path.GetFileName(scenarioDir);
            Assert.Equal(
                await File.ReadAllBytesAsync(Path.Combine(scenarioDir, "trades.csv")),
                await File.ReadAllBytesAsync(Path.Combine(_dir, "par", name, "trades.csv")));
        }
    }

    [Fact]
    public async Task Run_InvalidScenario_ExitsValidationListingEveryProblem()
    {
        Directory.CreateDirectory(_dir);
        var bad = Path.Combine(_dir, "bad.yaml");
        await File.WriteAllTextAsync(bad, "schema_version: 1\nmax_steps: 0\nmarket: { min_price: 10, max_price: 5 }\nagents: [ { id: a, capacity_kw: 5 } ]\n");

        var code = await CliApplication.RunAsync(["run", bad, "--out", Path.Combine(_dir, "out")], Context());

        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("max_steps: 0 is outside [1, 1000000]", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("market.max_price: 5 must be > min_price (10)", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownStrategy_ExitsValidation()
    {
        var code = await CliApplication.RunAsync(["run", Case5(), "--strategy", "genius", "--out", Path.Combine(_dir, "x")], Context());
        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("strategy: genius is not one of", _error.ToString(), StringComparison.Ordinal);
    }

    private static string Case5()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir.FullName, "examples", "case5-battery-coordination");
    }

    private CliContext Context() => new()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_output) }),
        Out = _output,
        Error = _error,
        LoggerFactory = NullLoggerFactory.Instance,
    };
}
