using EnergyCoSim.Core.Components;
using EnergyCoSim.Master;
using EnergyCoSim.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EnergyCoSim.Master.Tests;

public sealed class WatchdogTests
{
    [Fact]
    public async Task StepOverBudget_ReportsTheComponentItWaitsOnAndCancelsIt()
    {
        var clock = new FakeTimeProvider();
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var a = MockComponents.Affine("A", 1, 0);
        var b = new MockComponentBuilder("B").RealInput("u", "kW")
            .OnStepAsync(async ctx =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    cancelled.TrySetResult();
                    throw;
                }

                return StepResult.Accepted;
            })
            .Build();
        var options = TestOptions.Fixed(10, 1, MasterAlgorithm.GaussSeidel) with { StepBudget = TimeSpan.FromSeconds(2) };
        var execution = new ExecutionBuilder().AddComponent(a).AddComponent(b).Connect("A.y", "B.u").WithTimeProvider(clock).Build(options);

        var step = execution.StepAsync().AsTask();
        clock.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(step.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        var report = await step;

        var failure = report.Failure!;
        Assert.Equal(FailureKind.WatchdogTimeout, failure.Kind);
        Assert.Equal("B", failure.Component);
        Assert.Equal(["B"], failure.WaitingOn);
        Assert.Contains("budget of 2000 ms", failure.Reason, StringComparison.Ordinal);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(ExecutionState.Failed, execution.State);
        Assert.Equal(0, execution.CurrentTime.Ticks);
    }
}
