using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Simulation.Analytics;
using EnergyCoSim.Simulation.Results;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace EnergyCoSim.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "energycosim-cli-report-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Report_ExistingRun_WritesReportAndPrintsItsPath()
    {
        RunDirectoryWriter.Write(dir, [TinyScenario()], "1.0.0", "test");

        var code = await CliApplication.RunAsync(["report", dir, "--violin-only"], Context());

        Assert.Equal(ExitCodes.Success, code);
        var path = output.ToString().Trim();
        Assert.Equal(Path.Combine(dir, "report.html"), path);
        Assert.Contains("tiny", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MissingRunDirectory_ExitsNotFound()
    {
        var code = await CliApplication.RunAsync(["report", dir], Context());

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Contains("error:", error.ToString(), StringComparison.Ordinal);
    }

    private CliContext Context() => new()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }),
        Out = output,
        Error = error,
        LoggerFactory = NullLoggerFactory.Instance,
    };

    private static ScenarioResult TinyScenario()
    {
        var trades = new[] { new Trade("b", "a", new PriceUsdPerMWh(100), new EnergyKWh(5), 0, TradeStage.DoubleAuction, 1) };
        var steps = Enumerable.Range(0, 3).Select(t => new MarketStepRecord
        {
            Step = t, ClearingPrice = 100 + t, ClearingVolume = 5, P2PVolume = 5, DsoBuyVolume = 0, DsoSellVolume = 0, GridBalance = t, GridCongestion = 0.1,
            FeedInTariff = 40, UtilityPrice = 200, LocalPriceAverage = 100, LocalPriceAdvantage = 20, Trades = trades,
        }).ToArray();
        var agents = Enumerable.Range(0, 3).SelectMany(t => new[] { "a", "b" }.Select(id => new AgentStepRecord
        {
            Episode = 0, Step = t, AgentId = id, GenerationKWh = id == "a" ? 6 : 0, DemandKWh = id == "b" ? 5 : 1, BoughtKWh = id == "b" ? 5 : 0, SoldKWh = id == "a" ? 5 : 0,
            ChargeKWh = 0, DischargeKWh = 0, CurtailedKWh = 0, UnservedKWh = 0, Soc = id == "a" ? 0.5 : null, EnergyLevelKWh = id == "a" ? 5 : 0, CashUsd = t, Reward = t, Reputation = 0.5,
        })).ToArray();
        return new ScenarioResult
        {
            Scenario = "tiny", Seed = 7, Strategy = "zero_intelligence", GridCapacityKW = 100,
            Episodes = [new EpisodeResult("tiny", 0, steps, agents)],
            Storage = StorageDescriptors.Compute([new(10, 10, 0.95, 0.8), new(5, null, 0, 0)]),
            Performance = new PerformanceSummary { FinalReward = 4 }, Coordination = new CoordinationMetrics(), Dso = new DsoMetrics(), Grid = new GridMetrics(),
            Market = new MarketMetrics { TransactionCount = 3, TotalTradingVolume = 15 },
        };
    }
}
