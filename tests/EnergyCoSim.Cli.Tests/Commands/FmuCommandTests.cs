using System.Globalization;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Cli.Tests.Support;

namespace EnergyCoSim.Cli.Tests.Commands;

public sealed class FmuCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("fmi2")]
    [InlineData("fmi3")]
    public async Task Info_BatteryFmu_ListsVersionAndVariables(string version)
    {
        var code = await _cli.RunAsync("fmu", "info", Battery(version));

        Assert.Equal(ExitCodes.Success, code);
        var text = _cli.Output;
        Assert.Contains(version == "fmi2" ? "2.0" : "3.0", text, StringComparison.Ordinal);
        Assert.Contains("power_setpoint_kW", text, StringComparison.Ordinal);
        Assert.Contains("soc", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fmi2")]
    [InlineData("fmi3")]
    public async Task Simulate_ConstantChargeForOneHour_MatchesTheClosedForm(string version)
    {
        Directory.CreateDirectory(_cli.Dir);
        var csv = Path.Combine(_cli.Dir, "out.csv");

        var code = await _cli.RunAsync("fmu", "simulate", Battery(version), "--stop", "3600", "--step", "900", "--set", "power_setpoint_kW=2", "--out", csv);

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
        Directory.CreateDirectory(_cli.Dir);
        var bad = Path.Combine(_cli.Dir, "bad.fmu");
        await File.WriteAllTextAsync(bad, "not a zip");

        var code = await _cli.RunAsync("fmu", "info", bad);

        Assert.NotEqual(ExitCodes.Success, code);
        Assert.Contains("bad.fmu", _cli.Error, StringComparison.Ordinal);
    }

    private static string Battery(string version) => Path.Combine(AppContext.BaseDirectory, "fmus", version, "Battery.fmu");
}
