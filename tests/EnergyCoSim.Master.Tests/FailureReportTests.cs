using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Master;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Master.Tests;

public sealed class FailureReportTests
{
    [Fact]
    public async Task ComponentFailsAtT3_ReportNamesComponentTimeAndReason()
    {
        var a = MockComponents.Affine("A", 1, 0);
        var b = new MockComponentBuilder("B").RealInput("u", "kW")
            .OnStep(ctx => ctx.Time.Ticks == 3 ? StepResult.Failed("power flow diverged") : StepResult.Accepted).Build();
        var execution = new ExecutionBuilder().AddComponent(a).AddComponent(b).Connect("A.y", "B.u").Build(TestOptions.Fixed(10));

        var report = await execution.RunAsync();

        Assert.False(report.Succeeded);
        Assert.Equal(3, report.EndTime.Ticks);
        Assert.Equal(3, report.Steps);
        var failure = report.Failure!;
        Assert.Equal(FailureKind.ComponentFailed, failure.Kind);
        Assert.Equal("B", failure.Component);
        Assert.Equal(3, failure.Time.Ticks);
        Assert.Equal("power flow diverged", failure.Reason);
        Assert.Equal(ExecutionState.Failed, execution.State);
        var ex = Assert.Throws<ModelException>(report.ThrowIfFailed);
        Assert.Equal("B", ex.Model);
        Assert.Equal(ErrorCode.Model, ex.Code);
    }

    [Fact]
    public async Task ComponentThrowsModelException_ReportCarriesItsMessages()
    {
        var b = new MockComponentBuilder("GRID")
            .OnStep(new Func<MockStepContext, StepResult>(_ => throw new ModelException("GRID", "singular Jacobian", ["iteration 7: mismatch 1e3", "bus 12 voltage 0.2 pu"])))
            .Build();
        var execution = new ExecutionBuilder().AddComponent(b).Build(TestOptions.Fixed(10));

        var report = await execution.RunAsync();

        var failure = report.Failure!;
        Assert.Equal(FailureKind.ComponentThrew, failure.Kind);
        Assert.Equal("GRID", failure.Component);
        Assert.Equal(0, failure.Time.Ticks);
        Assert.Equal("iteration 7: mismatch 1e3", failure.Messages[0]);
        Assert.Equal("bus 12 voltage 0.2 pu", failure.Messages[1]);
        Assert.Contains("singular Jacobian", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComponentCancelsOnItsOwn_ReportedAsComponentFailure()
    {
        var b = new MockComponentBuilder("REMOTE")
            .OnStep(new Func<MockStepContext, StepResult>(_ => throw new TaskCanceledException("RPC deadline exceeded")))
            .Build();
        var execution = new ExecutionBuilder().AddComponent(b).Build(TestOptions.Fixed(10));

        var report = await execution.RunAsync();

        Assert.Equal(FailureKind.ComponentThrew, report.Failure!.Kind);
        Assert.Contains("RPC deadline exceeded", report.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepAfterFailure_Refused()
    {
        var b = new MockComponentBuilder("B").OnStep(_ => StepResult.Failed("boom")).Build();
        var execution = new ExecutionBuilder().AddComponent(b).Build(TestOptions.Fixed(10));
        await execution.StepAsync();

        await Assert.ThrowsAsync<InvalidStateException>(() => execution.StepAsync().AsTask());
    }
}
