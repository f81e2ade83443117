using EnergyCoSim.Core.Time;
using EnergyCoSim.Master;
using EnergyCoSim.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EnergyCoSim.Master.Tests;

/// <summary>
/// One component whose steps take 0.2 s, 1.5 s and 0.3 s of (fake) wall time, paced at real time with h = 1 s.
/// Step 1 ends at 0.2 s and sleeps 0.8 s; step 2 ends at 2.5 s, 0.5 s late (no sleep); step 3 ends at 2.8 s and
/// sleeps 0.2 s. Lateness: [0, 0.5, 0]; jitter sorted [0, 0, 0.5] ⇒ p50 = 0, p95 = p99 = 0.5 s (nearest rank).
/// </summary>
public sealed class RealTimePacingTests
{
    private static readonly double[] ComputeSeconds = [0.2, 1.5, 0.3];

    [Fact]
    public async Task SoftMode_ManualClock_SleepsWhenEarlyAndAccountsLateness()
    {
        var clock = new FakeTimeProvider();
        var execution = Build(clock, RealTimeMode.Soft);

        var step1 = execution.StepAsync().AsTask();
        Assert.False(step1.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.8));
        await step1;
        var step2 = execution.StepAsync().AsTask();
        Assert.True(step2.IsCompleted);
        await step2;
        var step3 = execution.StepAsync().AsTask();
        Assert.False(step3.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.2));
        await step3;
        var stats = execution.Report().Deadlines!;

        Assert.Equal(3, stats.Steps);
        Assert.Equal(1, stats.Misses);
        Assert.Equal(0.5, stats.LatenessMax.TotalSeconds, 6);
        Assert.Equal(0.5 / 3, stats.LatenessMean.TotalSeconds, 6);
        Assert.Equal(0.0, stats.JitterP50.TotalSeconds, 6);
        Assert.Equal(0.5, stats.JitterP95.TotalSeconds, 6);
        Assert.Equal(0.5, stats.JitterP99.TotalSeconds, 6);
        Assert.Equal(ExecutionState.Finished, execution.State);
    }

    [Fact]
    public async Task StrictMode_MissBeyondTolerance_FailsTheRun()
    {
        var clock = new FakeTimeProvider();
        var execution = Build(clock, RealTimeMode.Strict);

        var step1 = execution.StepAsync().AsTask();
        clock.Advance(TimeSpan.FromSeconds(0.8));
        await step1;
        var step2 = await execution.StepAsync();

        Assert.Equal(FailureKind.DeadlineMissed, step2.Failure!.Kind);
        Assert.Contains("500.000 ms after its deadline", step2.Failure.Reason, StringComparison.Ordinal);
        Assert.Equal(ExecutionState.Failed, execution.State);
    }

    [Fact]
    public async Task FactorTwo_StepDueAtHalfTheSimulatedTime()
    {
        var clock = new FakeTimeProvider();
        var component = new MockComponentBuilder("A").Build();
        var options = TestOptions.Fixed(2) with { RealTime = new RealTimeOptions(2.0) };
        var execution = new ExecutionBuilder().AddComponent(component).WithTimeProvider(clock).Build(options);

        var step = execution.StepAsync().AsTask();
        clock.Advance(TimeSpan.FromSeconds(0.4));
        Assert.False(step.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        await step;

        Assert.Equal(0, execution.Report().Deadlines!.Misses);
    }

    [Fact]
    public async Task StrictMode_LatenessWithinTolerance_NotAMiss()
    {
        var clock = new FakeTimeProvider();
        var execution = Build(clock, RealTimeMode.Strict, TimeSpan.FromSeconds(0.5));

        var step1 = execution.StepAsync().AsTask();
        clock.Advance(TimeSpan.FromSeconds(0.8));
        await step1;
        var step2 = await execution.StepAsync();

        Assert.Null(step2.Failure);
        Assert.Equal(0, execution.Report().Deadlines!.Misses);
        Assert.Equal(0.5, execution.Report().Deadlines!.LatenessMax.TotalSeconds, 6);
    }

    private static Execution Build(FakeTimeProvider clock, RealTimeMode mode, TimeSpan tolerance = default)
    {
        var component = new MockComponentBuilder("A")
            .OnStep(ctx => clock.Advance(TimeSpan.FromSeconds(ComputeSeconds[ctx.StepCount])))
            .Build();
        var options = TestOptions.Fixed(3) with { Resolution = TimeResolution.Second, RealTime = new RealTimeOptions(1.0, mode, tolerance) };
        return new ExecutionBuilder().AddComponent(component).WithTimeProvider(clock).Build(options);
    }
}
