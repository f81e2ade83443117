using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Scenarios;
using static EnergyCoSim.Composition.Tests.CouplingValues;

namespace EnergyCoSim.Composition.Tests;

/// <summary>
/// examples/cosim-case5-fmu-battery: two Battery FMUs (FMI 2 and 3) on IEEE 34 next to the market, one driven by a
/// rule (0.5 · an agent's net export), one by a CSV schedule; their charging power is summed into their bus.
/// </summary>
public sealed class FmuCouplingTests
{
    private static readonly string ExamplePath = CosimExampleTests.Example("cosim-case5-fmu-battery", "case5_fmu_battery.yaml");

    [Fact]
    public async Task FmuBatteryExample_RunsTheDay_ScheduledBatteryEndsAtTheHandComputedCharge()
    {
        using var run = CosimScenario.Build(ScenarioLoader.Load(ExamplePath));
        var report = await run.RunAsync();

        Assert.True(report.Succeeded, report.Failure?.Reason);
        Assert.Equal(24, run.Recorder.Records.Count);

        // schedule.csv: +40 kW for hours 10–13, −40 kW for hours 18–21, 0 otherwise; 300 kWh at soc 0.3, η = 0.95 both ways:
        // E = 90 + 0.95·40·4 − 40·4/0.95 = 90 + 152 − 168.421053 = 73.578947 kWh ⇒ soc 0.245263.
        Assert.Equal((90 + 152 - (160 / 0.95)) / 300, Read(run, "feeder_battery.soc"), 9);
        Assert.Equal(0.0, Read(run, "feeder_battery.power_kW"), 12);
    }

    [Fact]
    public async Task FmuBatteryExample_AtNoon_BusInjectionIsMarketPlusFmuAndTheRuleFollowsTheAgent()
    {
        using var run = CosimScenario.Build(ScenarioLoader.Load(ExamplePath));
        for (var i = 0; i <= 10; i++)
        {
            var step = await run.Execution.StepAsync();
            Assert.Null(step.Failure);
        }

        // Interval 10 (36 000 s): the schedule asks +40 kW, within the 50 kW limit and the capacity, so it is applied.
        Assert.Equal(40.0, Read(run, "feeder_battery.power_setpoint_kW"), 12);
        Assert.Equal(40.0, Read(run, "feeder_battery.power_kW"), 9);
        var market860 = Has(run, "market.bus_860.p_kw") ? Read(run, "market.bus_860.p_kw") : 0;
        Assert.Equal(market860 - 40.0, Read(run, "grid.bus_860.p_kw"), 9);

        // The rule: set-point = 0.5 · the agent's net injection; its bus gets the market's sum minus the battery's charging power.
        var agentP = Read(run, "market.no_storage.p_kw");
        Assert.Equal(0.5 * agentP, Read(run, "home_battery.power_setpoint_kW"), 12);
        var bus = run.BusOfAgent["no_storage"].ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Read(run, $"market.bus_{bus}.p_kw") - Read(run, "home_battery.power_kW"), Read(run, $"grid.bus_{bus}.p_kw"), 9);
    }

    [Fact]
    public void Build_FmuEntriesWithUnknownFmuVariableAndBus_ListsEveryProblemWithItsField()
    {
        var text = File.ReadAllText(ExamplePath)
            .Replace("fmu: Battery               #", "fmu: Batery #", StringComparison.Ordinal)
            .Replace("bus: 860", "bus: 9999", StringComparison.Ordinal)
            .Replace("soc_start: 0.3 }", "soc_start: 0.3, volume_m3: 2 }", StringComparison.Ordinal)
            .Replace("injection: { variable: power_kW, gain: -1 }\n  connections", "injection: { variable: power_MW, gain: -1 }\n  connections", StringComparison.Ordinal);
        var doc = ScenarioLoader.ParseAndValidate(text, baseDirectory: Path.GetDirectoryName(ExamplePath)!);

        var ex = Assert.Throws<ValidationException>(() => CosimScenario.Build(doc));

        Assert.Contains(ex.Violations, v => v.Field == "cosim.fmus[0].fmu" && v.Value == "Batery" && v.Description.Contains("Battery", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Field == "cosim.fmus[1].bus" && v.Value == "9999");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.fmus[1].parameters.volume_m3");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.fmus[1].injection.variable" && v.Value == "power_MW");
    }

    [Fact]
    public void Build_RuleIntoAnFmuInputOfAnotherUnit_IsRejectedByTheMastersUnitCheck()
    {
        var text = File.ReadAllText(ExamplePath)
            .Replace("{ from: market.no_storage.p_kw, to: home_battery.power_setpoint_kW, gain: 0.5 }", "{ from: market.no_storage.soc, to: home_battery.power_setpoint_kW, gain: 0.5 }", StringComparison.Ordinal);
        var doc = ScenarioLoader.ParseAndValidate(text, baseDirectory: Path.GetDirectoryName(ExamplePath)!);

        var ex = Assert.Throws<ValidationException>(() => CosimScenario.Build(doc));

        Assert.Contains("units must match", ex.Message, StringComparison.Ordinal);
        Assert.Contains("home_battery.power_setpoint_kW", ex.Message, StringComparison.Ordinal);
    }
}
