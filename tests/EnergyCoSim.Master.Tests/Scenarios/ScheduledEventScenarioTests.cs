using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master;
using EnergyCoSim.Master.Manipulators;
using EnergyCoSim.Master.Observers;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Master.Tests.Scenarios;

/// <summary>
/// A 10 kW source feeds a line that carries the power while in service; the line trips at t = 2 and a price shock
/// doubles the price at t = 3.
/// <code>
///   ┌──────────┐ p → u ┌─────────────────────┐
///   │ S 10 kW  │──────▶│ LINE flow = u·in_svc │  price (parameter, manipulated)
///   └──────────┘       └─────────────────────┘
/// </code>
/// </summary>
public sealed class ScheduledEventScenarioTests
{
    [Fact]
    public async Task LineOutageAndPriceShock_AppliedAtTheirTimes()
    {
        var source = new MockComponentBuilder("S").RealOutput("p", "kW", 10).OnStep(ctx => ctx["p"] = 10).Build();
        var line = new MockComponentBuilder("LINE").RealInput("u", "kW").RealOutput("flow", "kW").Real("price", VariableCausality.Parameter, "USD/MWh", 40)
            .Boolean("in_service", VariableCausality.Parameter, true).RealOutput("cost", "USD/h")
            .OnStep(ctx =>
            {
                ctx["flow"] = ctx.GetBoolean("in_service") ? ctx["u"] : 0.0;
                ctx["cost"] = ctx["flow"] / 1000.0 * ctx["price"];
            })
            .Build();
        var events = new ScheduledEventManipulator(
        [
            ScheduledEvent.SetBoolean(new SimulationTime(2), "LINE.in_service", false, "line out of service"),
            ScheduledEvent.SetReal(new SimulationTime(1), "LINE.price", 80, "price shock"),
        ]);
        var series = new TimeSeriesObserver([new("LINE", "flow"), new("LINE", "cost")]);
        var execution = new ExecutionBuilder().AddComponent(source).AddComponent(line).Connect("S.p", "LINE.u")
            .AddManipulator(events).AddObserver(series).Build(TestOptions.Fixed(4, 1, MasterAlgorithm.GaussSeidel));

        await execution.RunAsync();

        // Steps start at 0, 1, 2, 3: price 40 then 80 from t = 1; flow 10 until the trip at t = 2.
        Assert.Equal([0L, 1, 2, 3, 4], series.Times);
        Assert.Equal([0.0, 10, 10, 0, 0], series.Samples(0));
        Assert.Equal([0.0, 0.4, 0.8, 0, 0], series.Samples(1));
        Assert.Equal(["price shock", "line out of service"], events.Fired.Select(e => e.Label));
    }

    [Fact]
    public async Task RejectedStep_EventReappliedAfterRollback()
    {
        // The ramp forces a rejection of the first attempt at t = 0; the event at t = 0 must survive the rollback.
        var ramp = new MockComponentBuilder("R").RealOutput("p", "kW").Real("price", VariableCausality.Parameter, "USD/MWh")
            .RealOutput("seen", "USD/MWh").OnStep(ctx =>
            {
                ctx["p"] = ctx.EndTime.Ticks;
                ctx["seen"] = ctx["price"];
            }).Build();
        var events = new ScheduledEventManipulator([ScheduledEvent.SetReal(SimulationTime.Zero, "R.price", 55)]);
        var options = TestOptions.Fixed(100) with
        {
            VariableStep = new VariableStepOptions { InitialStep = new(40), MinStep = new(1), MaxStep = new(40), AbsoluteTolerance = 10, RelativeTolerance = 0, ControlledOutputs = [new("R", "p")] },
        };
        var last = new LastValueObserver();
        var execution = new ExecutionBuilder().AddComponent(ramp).AddManipulator(events).AddObserver(last).Build(options);

        var step = await execution.StepAsync();

        Assert.Equal(1, step.RejectedAttempts);
        Assert.Equal(55.0, last.GetReal("R", "seen"));
    }

    [Fact]
    public async Task VariableStep_EventTime_BecomesACommunicationPoint()
    {
        var recorder = new StepRecorder();
        var a = new MockComponentBuilder("A").Real("price", VariableCausality.Parameter, "USD/MWh").RecordTo(recorder).Build();
        var events = new ScheduledEventManipulator([ScheduledEvent.SetReal(new SimulationTime(7), "A.price", 100)]);
        var options = TestOptions.Fixed(20) with
        {
            VariableStep = new VariableStepOptions { InitialStep = new(10), MinStep = new(1), MaxStep = new(10) },
        };
        var execution = new ExecutionBuilder().AddComponent(a).AddManipulator(events).Build(options);

        await execution.RunAsync();

        Assert.Equal(["A@0+7", "A@7+10", "A@17+3"], recorder.Order);
    }
}
