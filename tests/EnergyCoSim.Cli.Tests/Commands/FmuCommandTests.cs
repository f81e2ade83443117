using System.Globalization;
using EnergyCoSim.Cli.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace EnergyCoSim.Cli.Tests.Commands;

public sealed class FmuCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "energycosim-cli-fmu-" + Guid.NewGuid().ToString("N"));
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

    [Theory]
    [InlineData("fmi2")]
    [InlineData("fmi3")]
    public async Task Info_BatteryFmu_ListsVersionAndVariables(string version)
    {
        var code = await CliApplication.RunAsync(["fmu", "info", Battery(version)], Context());

        Assert.Equal(ExitCodes.Success, code);
        var text = _output.ToString();
        Assert.Contains(version == "fmi2" ? "2.0" : "3.0", text, StringComparison.Ordinal);
        Assert.Contains("power_setpoint_kW", text, StringComparison.Ordinal);
        Assert.Contains("soc", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fmi2")]
    [InlineData("fmi3")]
    public async Task Simulate_ConstantChargeForOneHour_MatchesTheClosedForm(string version)
    {
        Directory.CreateDirectory(_dir);
        var csv = Path.Combine(_dir, "out.csv");

        var code = await CliApplication.RunAsync(
            ["fmu", "simulate", Battery(version), "--stop", "3600", "--step", "900", "--set", "power_setpoint_kW=2", "--out", csv], Context());

        Assert.Equal(ExitCodes.Success, code);
        var lines = await File.ReadAllLinesAsync(csv);
        var header = lines[0].Split(',');
        var soc = Array.IndexOf(header, "soc");
        Assert.True(soc >= 0, $"no soc column in {lines[0]}");
        var last = double.Parse(lines[^1].Split(',')[soc], CultureInfo.InvariantCulture);
        // README closed form: soc(t) = 0.5 + 0.95 · 2 kW · 1 h / 10 kWh = 0.69.
        Assert.Equal(0.69, last, 9);
    }

    [Fact]
    public async Task Info_NotAZip_ExitsValidationNamingTheFile()
    {
        Directory.CreateDirectory(_dir);
        var bad = Path.Combine(_dir, "bad.fmu");
        await File.WriteAllTextAsync(bad, "not a zip");

        var code = await CliApplication.RunAsync(["fmu", "info", bad], Context());

        Assert.NotEqual(ExitCodes.Success, code);
        Assert.Contains("bad.fmu", _error.ToString(), StringComparison.Ordinal);
    }

    private static string Battery(string version) => Path.Combine(AppContext.BaseDirectory, "fmus", version, "Battery.fmu");

    private CliContext Context()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_output), Ansi = AnsiSupport.No });
        console.Profile.Width = 200;
        return new CliContext { Console = console, Out = _output, Error = _error, LoggerFactory = NullLoggerFactory.Instance };
    }
}
