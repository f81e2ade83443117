using EnergyCoSim.Simulation.Scenarios;
using Microsoft.Extensions.Time.Testing;

namespace EnergyCoSim.Composition.Tests;

public sealed class RealTimeExampleTests
{
    [Fact]
    public async Task RealTimeExample_FactorOneOnAManualClock_EachIntervalWaitsItsSecondAndNoneIsMissed()
    {
        var doc = ScenarioLoader.Load(CosimExampleTests.Example("cosim-realtime", "realtime.yaml"));
        var clock = new FakeTimeProvider();
        using var run = CosimScenario.Build(doc, clock: clock);

        Assert.Equal(TimeSpan.FromSeconds(1), run.Market.Environment.Scenario.MarketInterval);
        Assert.Equal(5, run.Execution.Options.StopTime.Ticks);
        for (var i = 0; i < 5; i++)
        {
            // Interval i ends at simulated second i + 1, due one wall-clock second after the previous one at factor 1:
            // it must wait for the manual clock, and completes once the clock has moved that second.
            var step = run.Execution.StepAsync().AsTask();
            await WaitUntilPendingAsync(step);
            Assert.False(step.IsCompleted);
            clock.Advance(TimeSpan.FromSeconds(1));
            var result = await step;
            Assert.Null(result.Failure);
        }

        var report = run.Execution.Report();
        Assert.True(report.Succeeded, report.Failure?.Reason);
        var d = report.Deadlines!;
        Assert.Equal(5, d.Steps);
        Assert.Equal(0, d.Misses);
        Assert.Equal(TimeSpan.Zero, d.LatenessMax);
        Assert.Equal(TimeSpan.Zero, d.JitterP99);
        Assert.Equal(5, run.Recorder.Records.Count);
    }

    [Fact]
    public async Task RealTimeExample_IntervalComputedTooSlowly_CountsAMissWithItsLateness()
    {
        var doc = ScenarioLoader.Load(CosimExampleTests.Example("cosim-realtime", "realtime.yaml"));
        var clock = new FakeTimeProvider();
        using var run = CosimScenario.Build(doc, until: 2, clock: clock);

        // Interval 1 sleeps towards its deadline (1 s) but the wall clock jumps to 2.5 s: woken 1.5 s after it (jitter).
        // Interval 2 is then reached at 2.5 s, 0.5 s after its deadline (2 s): a miss, no sleep.
        var first = run.Execution.StepAsync().AsTask();
        await WaitUntilPendingAsync(first);
        clock.Advance(TimeSpan.FromSeconds(2.5));
        await first;
        var second = await run.Execution.StepAsync();

        var d = run.Execution.Report().Deadlines!;
        Assert.Null(second.Failure);
        Assert.Equal(2, d.Steps);
        Assert.Equal(1, d.Misses);
        Assert.Equal(0.5, d.LatenessMax.TotalSeconds, 6);
        Assert.Equal(0.25, d.LatenessMean.TotalSeconds, 6);
        Assert.Equal(1.5, d.JitterP99.TotalSeconds, 6);
        Assert.Equal(0.5, d.JitterP50.TotalSeconds, 6);
    }

    [Fact]
    public void Validate_SecondsAndMinutesBoth_IsRefusedNamingTheField()
    {
        var text = File.ReadAllText(CosimExampleTests.Example("cosim-realtime", "realtime.yaml"))
            .Replace("market_interval_seconds: 1", "market_interval_seconds: 0\nmarket_interval_minutes: 1", StringComparison.Ordinal);

        var ex = Assert.Throws<Core.Errors.ValidationException>(() => ScenarioLoader.ParseAndValidate(text));

        Assert.Contains(ex.Violations, v => v.Field == "market_interval_seconds" && v.Description.Contains("[1, 86400]", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Field == "market_interval_seconds" && v.Description.Contains("market_interval_minutes", StringComparison.Ordinal));
    }

    // The master's step runs synchronously up to the pacing delay; yield until it is parked on the manual clock.
    private static async Task WaitUntilPendingAsync(Task step)
    {
        for (var i = 0; i < 50 && !step.IsCompleted; i++)
        {
            await Task.Yield();
        }
    }
}
