using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Cli.Tests.Support;

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
        var csv = File.ReadAllLines(Path.Combine(dir, "coupling.csv"));
        Assert.Equal(25, csv.Length);
    }
}
