using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Master;
using EnergyCoSim.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EnergyCoSim.Master.Tests;

public sealed class ExecutionLifecycleTests
{
    [Fact]
    public async Task RunThenTerminateAndDispose_ComponentsFollowTheLifecycle()
    {
        var a = MockComponents.Affine("A", 1, 0);
        var execution = new ExecutionBuilder().AddComponent(a).Build(TestOptions.Fixed(3));

        var report = await execution.RunAsync();
        execution.Terminate();
        var afterTerminate = a.State;
        execution.Dispose();

        Assert.Equal(3, report.Steps);
        Assert.Equal(ComponentLifecycleState.Terminated, afterTerminate);
        Assert.Equal(ComponentLifecycleState.Disposed, a.State);
        Assert.Equal(ExecutionState.Disposed, execution.State);
    }

    [Fact]
    public async Task StepAfterStopTime_Refused()
    {
        var execution = new ExecutionBuilder().AddComponent(MockComponents.Affine("A", 1, 0)).Build(TestOptions.Fixed(2, 2));
        await execution.RunAsync();

        var ex = await Assert.ThrowsAsync<InvalidStateException>(() => execution.StepAsync().AsTask());

        Assert.Equal("Finished", ex.CurrentState);
    }

    [Fact]
    public async Task CallerCancels_HangingStep_OperationCanceled()
    {
        var b = new MockComponentBuilder("B").OnStepAsync(async ctx =>
        {
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            return StepResult.Accepted;
        }).Build();
        var execution = new ExecutionBuilder().AddComponent(b).Build(TestOptions.Fixed(2));
        using var cts = new CancellationTokenSource();

        var step = execution.StepAsync(cts.Token).AsTask();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => step);
    }

    [Fact]
    public async Task Watchdog_JacobiWithTwoHangingComponents_NamesBoth()
    {
        var clock = new FakeTimeProvider();
        var execution = new ExecutionBuilder()
            .AddComponent(MockComponents.Affine("A", 1, 0))
            .AddComponent(Hanging("B"))
            .AddComponent(Hanging("C"))
            .WithTimeProvider(clock)
            .Build(TestOptions.Fixed(2) with { StepBudget = TimeSpan.FromMilliseconds(500) });

        var step = execution.StepAsync().AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(500));
        var report = await step;

        Assert.Equal(["B", "C"], report.Failure!.WaitingOn);
        Assert.Equal("B", report.Failure.Component);
    }

    [Fact]
    public void GaussSeidelOrderUnderJacobi_Refused()
    {
        var builder = new ExecutionBuilder().AddComponent(MockComponents.Affine("A", 1, 0));

        var ex = Assert.Throws<ValidationException>(() => builder.Build(TestOptions.Fixed(2) with { GaussSeidelOrder = ["A"] }));

        Assert.Equal("options.gauss_seidel_order", Assert.Single(ex.Violations).Field);
    }

    private static MockComponent Hanging(string name) =>
        new MockComponentBuilder(name).OnStepAsync(async ctx =>
        {
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            return StepResult.Accepted;
        }).Build();
}
