using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Composition.Tests;

public sealed class CosimEventsTests
{
    private const string Outage = """
          events:
            - { at_interval: 2, target: grid.branch_846_848.in_service, value: 0, label: "line 846-848 out" }
            - { at_interval: 3, target: grid.branch_846_848.in_service, value: 1, label: "line 846-848 back" }
        """;

    [Fact]
    public async Task RunAsync_LineOutageEvent_DarkensTheBusForItsIntervalsOnly()
    {
        var doc = Case5(steps: 4, extra: Outage);
        using var run = CosimScenario.Build(doc);

        var report = await run.RunAsync();

        Assert.True(report.Succeeded, report.Failure?.Reason);
        var bus848 = run.Grid.Model.Case.Buses.Select(b => b.Id).ToList().IndexOf(848);
        var voltages = run.Recorder.Records.Select(r => r.VoltagesPu[bus848]).ToArray();
        Assert.True(voltages[0] > 0.9 && voltages[1] > 0.9);
        Assert.Equal(0, voltages[2]);
        Assert.True(voltages[3] > 0.9);
        // The market is not told of the outage: the agent at 848 keeps trading and its injection is lost with the bus.
        Assert.All(run.Recorder.Records, r => Assert.True(r.LossesKw > 0));
    }

    [Fact]
    public async Task RunAsync_PriceShockEvent_SetsTheDsoUtilityPriceFromItsIntervalOn()
    {
        var doc = Case5(steps: 4, extra: """
              events:
                - { at_interval: 2, target: market.dso.utility_usd_per_mwh, value: 260, label: "price shock" }
            """);
        using var baseline = CosimScenario.Build(Case5(steps: 4, extra: string.Empty));
        await baseline.RunAsync();
        using var run = CosimScenario.Build(doc);

        var report = await run.RunAsync();

        Assert.True(report.Succeeded, report.Failure?.Reason);
        var dso = run.Market.Environment.Dso;
        var scenarioDso = baseline.Market.Environment.Dso;
        Assert.Equal(scenarioDso.UtilityPrice(0).Value, dso.UtilityPrice(0).Value);
        Assert.Equal(scenarioDso.UtilityPrice(1).Value, dso.UtilityPrice(1).Value);
        Assert.Equal(260, dso.UtilityPrice(2).Value);
        Assert.Equal(260, dso.UtilityPrice(3).Value);
        Assert.NotEqual(260, scenarioDso.UtilityPrice(2).Value);
    }

    [Fact]
    public async Task StepAsync_BatteryFailureEvent_StopsChargeAndDischargeFromItsInterval()
    {
        var doc = Case5(steps: 8, extra: """
              events:
                - { at_interval: 3, target: market.storage_heavy.battery_in_service, value: 0, label: "battery failure" }
            """);
        using var run = CosimScenario.Build(doc);
        var battery = run.Market.Environment.Agents.Single(a => a.Id == "storage_heavy").Battery!;
        var moved = new List<double>();
        while (run.Execution.CurrentTime < run.Execution.Options.StopTime)
        {
            Assert.Null((await run.Execution.StepAsync()).Failure);
            moved.Add(battery.CumulativeCharge.Value + battery.CumulativeDischarge.Value);
        }

        // Before the failure the rule-based agent uses its battery; from interval 3 on nothing moves in or out.
        Assert.True(moved[2] > 0);
        Assert.All(moved.Skip(3), m => Assert.Equal(moved[2], m));
        Assert.True(battery.OutOfService);
    }

    [Fact]
    public void Build_EventsWithBadFields_ListsEveryProblem()
    {
        var doc = Case5(steps: 4, extra: """
              events:
                - { at_interval: 9, target: grid.branch_846_848.in_service, value: 0 }
                - { at_interval: 1, target: nodot, value: 1 }
            """);

        var ex = Assert.Throws<ValidationException>(() => CosimScenario.Build(doc));

        Assert.Contains(ex.Violations, v => v.Field == "cosim.events[0].at_interval" && v.Value == "9" && v.Description.Contains("0 to 3", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Field == "cosim.events[1].target" && v.Value == "nodot");
    }

    [Fact]
    public void Build_EventTargetingAnOutputOrUnknownVariable_IsRejectedWithItsPath()
    {
        var doc = Case5(steps: 4, extra: """
              events:
                - { at_interval: 1, target: grid.losses_kw, value: 0 }
                - { at_interval: 1, target: grid.branch_1_2.in_service, value: 0 }
                - { at_interval: 1, target: pump.speed, value: 0 }
            """);

        var ex = Assert.Throws<ValidationException>(() => CosimScenario.Build(doc));

        Assert.Contains(ex.Violations, v => v.Field == "cosim.events[0].target" && v.Description.Contains("Real input", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Field == "cosim.events[1].target" && v.Description.Contains("no such variable", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Field == "cosim.events[2].target" && v.Description.Contains("names no component", StringComparison.Ordinal));
    }

    private static ScenarioDocument Case5(int steps, string extra)
    {
        var yaml = File.ReadAllText(CosimExampleTests.Example("cosim-case5-ieee34", "case5_ieee34.yaml"))
            .Replace("max_iterations: 20, tolerance_kw: 0.01", $"max_iterations: 20, tolerance_kw: 0.01, steps: {steps}", StringComparison.Ordinal);
        return ScenarioLoader.ParseAndValidate(yaml + extra);
    }
}
