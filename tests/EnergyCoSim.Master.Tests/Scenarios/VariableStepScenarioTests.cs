using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Master.Tests.Scenarios;

/// <summary>
/// A ramp P(t) = t kW feeds a load; the controller keeps the zero-order-hold error |ΔP|/10 kW ≤ 1.
/// <code>
///   ┌────────────┐ p → u ┌──────┐
///   │ R  P = t   │──────▶│ L    │
///   └────────────┘       └──────┘
/// </code>
/// First attempt h = 40 gives ΔP = 40, e = 4 &gt; 1: rejected, rolled back, retried with h·0.9/4 = 9 (e = 0.9, accepted).
/// The PI law then proposes 9·0.9·0.9^(−0.3)·(1/0.9)^(0.4) = 9·0.9^0.3 ≈ 8.72 → 9 ticks.
/// </summary>
public sealed class VariableStepScenarioTests
{
    [Fact]
    public async Task TooLargeFirstStep_RejectedRolledBackAndRetriedSmaller()
    {
        var (execution, recorder, ramp) = Build();

        var first = await execution.StepAsync();
        var second = await execution.StepAsync();

        Assert.Equal(["R@0+40", "L@0+40", "R@0+9", "L@0+9", "R@9+9", "L@9+9"], recorder.Order);
        Assert.Equal(1, first.RejectedAttempts);
        Assert.Equal(9, first.StepSize.Ticks);
        Assert.Equal(0.9, first.ErrorEstimate, 12);
        Assert.Equal(9, second.StepSize.Ticks);
        Assert.Equal(0, second.RejectedAttempts);
        Assert.Equal(2, ramp.StepCount);
        Assert.Equal(1, execution.Report().RejectedAttempts);
    }

    [Fact]
    public async Task ComponentRejectsWithLastReachedTime_RetriedUpToThatTime()
    {
        var recorder = new StepRecorder();
        var picky = new MockComponentBuilder("P").RealOutput("y", "kW")
            .OnStep(ctx => ctx.StepSize.Ticks > 6 ? StepResult.Rejected(ctx.Time + new SimulationDuration(6), "event at +6") : StepResult.Accepted)
            .RecordTo(recorder).Build();
        var options = TestOptions.Fixed(100, 1) with
        {
            VariableStep = new VariableStepOptions { InitialStep = new(10), MinStep = new(1), MaxStep = new(10) },
        };
        var execution = new ExecutionBuilder().AddComponent(picky).Build(options);

        var step = await execution.StepAsync();

        Assert.Equal(["P@0+10", "P@0+6"], recorder.Order);
        Assert.Equal(6, step.StepSize.Ticks);
        Assert.Equal(1, step.RejectedAttempts);
    }

    [Fact]
    public async Task FixedStep_ComponentRejects_FailsWithStepRejected()
    {
        var picky = new MockComponentBuilder("P").OnStep(_ => StepResult.Rejected(null, "cannot")).Build();
        var execution = new ExecutionBuilder().AddComponent(picky).Build(TestOptions.Fixed(10));

        var report = await execution.RunAsync();

        Assert.Equal(FailureKind.StepRejected, report.Failure!.Kind);
        Assert.Equal("P", report.Failure.Component);
        Assert.Contains("cannot", report.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnergyResidual_OneHourTicks_RejectsAndRetriesAtTheSecondOrderSize()
    {
        // 1 tick = 1 h. First attempt h = 4 h: ΔP = 4 kW, residual ½·4 kW·4 h = 8 kWh, e = 8/2 = 4 > 1.
        // Retry: h·0.9·4^(−½) = 1.8 → 1 h; residual ½·1·1 = 0.5 kWh, e = 0.25.
        var recorder = new StepRecorder();
        var ramp = new MockComponentBuilder("R").RealOutput("p", "kW").OnStep(ctx => ctx["p"] = ctx.EndTime.Ticks).RecordTo(recorder).Build();
        var load = new MockComponentBuilder("L").RealInput("u", "kW").Build();
        var options = TestOptions.Fixed(100) with
        {
            Resolution = TimeResolution.FromSeconds(3600),
            VariableStep = new VariableStepOptions
            {
                InitialStep = new(4),
                MinStep = new(1),
                MaxStep = new(10),
                ErrorKind = StepErrorKind.EnergyResidual,
                EnergyTolerance = 2,
            },
        };
        var execution = new ExecutionBuilder().AddComponent(ramp).AddComponent(load).Connect("R.p", "L.u").Build(options);

        var step = await execution.StepAsync();

        Assert.Equal(["R@0+4", "R@0+1"], recorder.Order);
        Assert.Equal(0.25, step.ErrorEstimate, 12);
    }

    private static (Execution, StepRecorder, MockComponent) Build()
    {
        var recorder = new StepRecorder();
        var ramp = new MockComponentBuilder("R").RealOutput("p", "kW").OnStep(ctx => ctx["p"] = ctx.EndTime.Ticks).RecordTo(recorder).Build();
        var load = new MockComponentBuilder("L").RealInput("u", "kW").RecordTo(recorder).Build();
        var options = TestOptions.Fixed(1000, 1) with
        {
            VariableStep = new VariableStepOptions
            {
                InitialStep = new(40),
                MinStep = new(1),
                MaxStep = new(100),
                AbsoluteTolerance = 10,
                RelativeTolerance = 0,
            },
        };
        var execution = new ExecutionBuilder().AddComponent(ramp).AddComponent(load).Connect("R.p", "L.u").Build(options);
        return (execution, recorder, ramp);
    }
}
