using EnergyCoSim.Core.Components;
using EnergyCoSim.Master;
using EnergyCoSim.Master.Observers;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Master.Tests.Scenarios;

/// <summary>
/// A breaker (Boolean) and a market clock (Integer) feed a line.
/// <code>
///   ┌───────────────────┐ closed → closed ┌─────────────────────────────┐
///   │ R closed = t &lt; 2  │────────────────▶│ LINE flow = closed ? 10 : 0 │
///   └───────────────────┘                 │      seen = interval        │
///   ┌───────────────────┐ interval →      │                             │
///   │ M interval = ⌊(t+h)/2⌋ │───────────▶│                             │
///   └───────────────────┘                 └─────────────────────────────┘
/// </code>
/// Gauss–Seidel (derived order R, M, LINE): the line sees this step's values: closed = true, true, false, false and
/// interval = 0, 1, 1, 2. Jacobi: one step late: closed = (start) true, true, true, false; interval = 0, 0, 1, 1.
/// </summary>
public sealed class DiscreteSignalScenarioTests
{
    [Theory]
    [InlineData(MasterAlgorithm.GaussSeidel, new[] { 10.0, 10, 0, 0 }, new[] { 0.0, 1, 1, 2 })]
    [InlineData(MasterAlgorithm.Jacobi, new[] { 10.0, 10, 10, 0 }, new[] { 0.0, 0, 1, 1 })]
    public async Task BooleanAndIntegerConnections_ExchangedLikeReals(MasterAlgorithm algorithm, double[] flows, double[] seen)
    {
        var breaker = new MockComponentBuilder("R").Boolean("closed", VariableCausality.Output, true)
            .OnStep(ctx => ctx.SetBoolean("closed", ctx.Time.Ticks < 2)).Build();
        var clock = new MockComponentBuilder("M").Integer("interval", VariableCausality.Output)
            .OnStep(ctx => ctx.SetInteger("interval", ctx.EndTime.Ticks / 2)).Build();
        var line = new MockComponentBuilder("LINE").Boolean("closed", VariableCausality.Input).Integer("interval", VariableCausality.Input)
            .RealOutput("flow", "kW").RealOutput("seen")
            .OnStep(ctx =>
            {
                ctx["flow"] = ctx.GetBoolean("closed") ? 10 : 0;
                ctx["seen"] = ctx.GetInteger("interval");
            })
            .Build();
        var series = new TimeSeriesObserver([new("LINE", "flow"), new("LINE", "seen")]);
        var execution = new ExecutionBuilder().AddComponent(breaker).AddComponent(clock).AddComponent(line)
            .Connect("R.closed", "LINE.closed").Connect("M.interval", "LINE.interval").AddObserver(series)
            .Build(TestOptions.Fixed(4, 1, algorithm));

        await execution.RunAsync();

        Assert.Equal(flows, series.Samples(0).Skip(1));
        Assert.Equal(seen, series.Samples(1).Skip(1));
    }

    [Fact]
    public async Task IterativeIntegerConnection_ConvergesWhenUnchanged()
    {
        // A outputs min(u + 1, 3), B echoes its input: the loop climbs one unit per sweep to the fixed point 3.
        var a = new MockComponentBuilder("A").Integer("u", VariableCausality.Input).Integer("y", VariableCausality.Output)
            .OnStep(ctx => ctx.SetInteger("y", Math.Min(ctx.GetInteger("u") + 1, 3))).Build();
        var b = new MockComponentBuilder("B").Integer("u", VariableCausality.Input).Integer("y", VariableCausality.Output)
            .OnStep(ctx => ctx.SetInteger("y", ctx.GetInteger("u"))).Build();
        var execution = new ExecutionBuilder().AddComponent(a).AddComponent(b)
            .Connect("A.y", "B.u", ConnectionSettings.Iterative(0.5))
            .Connect("B.y", "A.u", ConnectionSettings.Iterative(0.5))
            .Build(TestOptions.Fixed(1));

        var step = await execution.StepAsync();

        // Iterates (A.y, B.y): (0,0) → (1,0) → (1,1) → (2,1) → (2,2) → (3,2) → (3,3) → (3,3): converged at sweep 7.
        Assert.True(step.Converged);
        Assert.Equal(7, step.Iterations);
    }
}
