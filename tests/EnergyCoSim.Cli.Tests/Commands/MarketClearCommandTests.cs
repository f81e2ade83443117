using System.Text.Json;
using EnergyCoSim.Cli.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace EnergyCoSim.Cli.Tests.Commands;

public sealed class MarketClearCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("market-clear-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Run_GoldenExample_PrintsTheSpecClearingWithTheCorrectedGridBalance()
    {
        var (code, output, error) = await RunAsync("market", "clear", GoldenExamplePath());

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(13673.125 / 57.1925, root.GetProperty("clearing_price_usd_per_mwh").GetDouble(), 9);
        Assert.Equal(57.1925, root.GetProperty("clearing_volume_kwh").GetDouble(), 9);
        Assert.Equal(25, root.GetProperty("p2p_volume_kwh").GetDouble());
        Assert.Equal(32.1925, root.GetProperty("grid_balance_kwh").GetDouble(), 9);
        var trades = root.GetProperty("trades").EnumerateArray().ToArray();
        Assert.Equal(3, trades.Length);
        Assert.Equal("double_auction", trades[0].GetProperty("stage").GetString());
        Assert.Equal(9.59, trades[0].GetProperty("distance_km").GetDouble(), 9);
        Assert.Equal(7.1925, trades[0].GetProperty("loss_kwh").GetDouble(), 9);
        Assert.Equal(5.625, trades[0].GetProperty("value_usd").GetDouble(), 12);
        Assert.Equal("dso_fallback", trades[2].GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Run_InvalidFields_ExitsWithValidationAndNamesEveryFieldValueAndRange()
    {
        var path = Write("""
            {
              "market": { "mechanism": "vickrey", "bid_ask_factor": 1.5 },
              "dso": { "feed_in_tariff": [80], "utility_price": [50] },
              "agents": [ { "id": "a", "reputation": 2 }, { "id": "a" } ],
              "orders": [ { "agent": "a", "side": "hold", "price": 100, "quantity": -5 }, { "agent": "ghost", "side": "buy", "price": 1, "quantity": 1 } ]
            }
            """);

        var (code, _, error) = await RunAsync("market", "clear", path);

        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("market.mechanism: vickrey must be one of average", error, StringComparison.Ordinal);
        Assert.Contains("market.bid_ask_factor: 1.5 is outside [0, 1]", error, StringComparison.Ordinal);
        Assert.Contains("dso.utility_price[0]: 50 must be ≥ feed_in_tariff[0] (80)", error, StringComparison.Ordinal);
        Assert.Contains("agents[0].reputation: 2 is outside [0, 1]", error, StringComparison.Ordinal);
        Assert.Contains("agents[1].id: a is a duplicate agent id", error, StringComparison.Ordinal);
        Assert.Contains("orders[0].quantity: -5 must be ≥ 0", error, StringComparison.Ordinal);
        Assert.Contains("orders[0].side: hold must be \"buy\" or \"sell\"", error, StringComparison.Ordinal);
        Assert.Contains("orders[1].agent: ghost is not listed", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownNodeAndTooManyAgents_ExitsWithValidation()
    {
        var path = Write("""
            {
              "dso": { "feed_in_tariff": [80], "utility_price": [250] },
              "grid": { "topology": "line", "num_nodes": 2 },
              "agents": [ { "id": "a", "node": "5" }, { "id": "b" } ],
              "orders": []
            }
            """);

        var (code, _, error) = await RunAsync("market", "clear", path);

        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("agents[0].node: 5 is not a node of the Line grid (2 nodes)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MalformedJson_ExitsWithValidationNamingTheLine()
    {
        var path = Write("{\n  \"dso\": { ,\n}");

        var (code, _, error) = await RunAsync("market", "clear", path);

        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("is not valid JSON (line 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingFile_ExitsWithNotFound()
    {
        var (code, _, error) = await RunAsync("market", "clear", Path.Combine(_directory, "absent.json"));

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Contains("absent.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RandomPlacementAndPartners_ClearsEveryOrder()
    {
        var path = Write("""
            {
              "market": { "mechanism": "seller" },
              "dso": { "feed_in_tariff": [40, 60], "utility_price": [200, 220] },
              "grid": { "topology": "ring", "num_nodes": 6, "seed": 3 },
              "step": 1,
              "agents": [ { "id": "a" }, { "id": "b" }, { "id": "c" } ],
              "orders": [
                { "agent": "a", "side": "buy", "price": 150, "quantity": 10, "partner": "b" },
                { "agent": "b", "side": "sell", "price": 100, "quantity": 10, "partner": "a" },
                { "agent": "c", "side": "sell", "price": 90, "quantity": 5, "partner": "DSO" }
              ]
            }
            """);

        var (code, output, _) = await RunAsync("market", "clear", path);

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        var trades = json.RootElement.GetProperty("trades").EnumerateArray().ToArray();
        Assert.Equal(("DSO", "c", 60.0), (trades[0].GetProperty("buyer").GetString(), trades[0].GetProperty("seller").GetString(), trades[0].GetProperty("price_usd_per_mwh").GetDouble()));
        Assert.Equal(("peer_preference", 100.0), (trades[1].GetProperty("stage").GetString(), trades[1].GetProperty("price_usd_per_mwh").GetDouble()));
    }

    private string Write(string content)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }

    private static string GoldenExamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "examples", "order-books", "golden.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("examples/order-books/golden.json not found above the test directory");
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext
        {
            Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }),
            Out = output,
            Error = error,
            LoggerFactory = NullLoggerFactory.Instance,
        };
        var code = await CliApplication.RunAsync(args, context);
        return (code, output.ToString(), error.ToString());
    }
}
