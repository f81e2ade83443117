using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master;
using EnergyCoSim.Master.Observers;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Master.Tests;

/// <summary>
/// A deterministic PV-like source (a sine of the step count), a battery integrator and a damped load in an iterative
/// loop. Running 0 → 40 straight must equal running 0 → 17, checkpointing, restoring into freshly built components
/// and running 17 → 40, bit for bit (component states and every recorded sample).
/// </summary>
public sealed class CheckpointTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RestartFromCheckpoint_RunToEnd_EqualsUninterruptedRunBitForBit(bool variableStep)
    {
        var (straight, straightSeries) = Build(variableStep);
        await straight.RunAsync();
        var expectedStates = States(straight);

        var (first, _) = Build(variableStep);
        await first.RunUntilAsync(new SimulationTime(17));
        using var checkpoint = new MemoryStream();
        first.SaveCheckpoint(checkpoint);
        checkpoint.Position = 0;
        var (resumed, resumedSeries) = Build(variableStep);
        resumed.RestoreCheckpoint(checkpoint);
        var report = await resumed.RunAsync();

        Assert.True(report.Succeeded);
        Assert.True(report.TotalIterations > report.Steps, "the loop must iterate");
        Assert.True(!variableStep || report.RejectedAttempts > 0, "the variable-step run must reject steps");
        Assert.Equal(straight.Report() with { Deadlines = null }, report with { Deadlines = null });
        Assert.Equal(expectedStates.Count, States(resumed).Count);
        for (var i = 0; i < expectedStates.Count; i++)
        {
            Assert.Equal(expectedStates[i], States(resumed)[i]);
        }

        // From the checkpoint time on, every recorded sample must equal the straight run's exactly.
        var from = resumedSeries.Times.ToList().FindIndex(t => t >= 17);
        var offset = straightSeries.Times.ToList().IndexOf(resumedSeries.Times[from]);
        Assert.True(offset > 0);
        Assert.Equal(straightSeries.Times.Skip(offset), resumedSeries.Times.Skip(from));
        for (var k = 0; k < 3; k++)
        {
            Assert.Equal(
                straightSeries.Samples(k).Skip(offset).Select(BitConverter.DoubleToInt64Bits),
                resumedSeries.Samples(k).Skip(from).Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public async Task RestartFromCheckpoint_JacobiIntegerConnection_ResumesWithTheHeldValue()
    {
        // Under Jacobi the line reads the clock's value from the previous step, which lives only in the master's
        // buffer at the checkpoint: seen = 0, 0, 1, 1, 2, 2 for steps 0..5 (clock = ⌊(t+1)/2⌋ after step t).
        static (Execution, TimeSeriesObserver) Build()
        {
            var clock = new MockComponentBuilder("M").Integer("interval", VariableCausality.Output)
                .OnStep(ctx => ctx.SetInteger("interval", ctx.EndTime.Ticks / 2)).Build();
            var line = new MockComponentBuilder("LINE").Integer("interval", VariableCausality.Input).RealOutput("seen")
                .OnStep(ctx => ctx["seen"] = ctx.GetInteger("interval")).Build();
            var series = new TimeSeriesObserver([new("LINE", "seen")]);
            return (new ExecutionBuilder().AddComponent(clock).AddComponent(line).Connect("M.interval", "LINE.interval").AddObserver(series).Build(TestOptions.Fixed(6)), series);
        }

        var (first, _) = Build();
        await first.RunUntilAsync(new SimulationTime(3));
        using var checkpoint = new MemoryStream();
        first.SaveCheckpoint(checkpoint);
        checkpoint.Position = 0;
        var (resumed, series) = Build();
        resumed.RestoreCheckpoint(checkpoint);
        await resumed.RunAsync();

        Assert.Equal([1.0, 2.0, 2.0], series.Samples(0).Skip(series.Times.ToList().IndexOf(4)));
    }

    [Fact]
    public void RestoreCheckpoint_DifferentStructure_Refused()
    {
        var (first, _) = Build(false);
        using var checkpoint = new MemoryStream();
        first.SaveCheckpoint(checkpoint);
        checkpoint.Position = 0;
        var other = new ExecutionBuilder().AddComponent(MockComponents.Affine("X", 1, 0)).Build(TestOptions.Fixed(40));

        var ex = Assert.Throws<ValidationException>(() => other.RestoreCheckpoint(checkpoint));

        Assert.Equal("checkpoint.structure", ex.Violations[0].Field);
    }

    [Fact]
    public void SaveCheckpoint_ComponentCannotSerialize_RefusedNamingIt()
    {
        var a = new MockComponentBuilder("A").WithCapabilities(new ComponentCapabilities(CanSaveState: true)).Build();
        var execution = new ExecutionBuilder().AddComponent(a).Build(TestOptions.Fixed(4));

        var ex = Assert.Throws<ValidationException>(() => execution.SaveCheckpoint(new MemoryStream()));

        Assert.Equal("components[A].capabilities", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public async Task MockComponent_SaveStepRestore_StateBitIdentical()
    {
        var battery = MockComponents.Integrator("I", 0.1);
        battery.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        battery.EnterInitialization();
        battery.ExitInitialization();
        battery.SetReal([0], [1.0 / 3.0]);
        using var saved = battery.SaveState();
        var before = battery.SerializeState(saved);

        await battery.StepAsync(SimulationTime.Zero, new SimulationDuration(7), CancellationToken.None);
        battery.RestoreState(saved);
        using var after = battery.SaveState();

        Assert.Equal(before, battery.SerializeState(after));
        Assert.Equal(0, battery.StepCount);
    }

    private static List<byte[]> States(Execution execution) =>
        execution.Components.Cast<ICoSimComponent>().Select(c =>
        {
            using var s = c.SaveState();
            return c.SerializeState(s);
        }).ToList();

    private static (Execution, TimeSeriesObserver) Build(bool variableStep)
    {
        var pv = new MockComponentBuilder("PV").RealInput("u", "kW").RealOutput("p", "kW")
            .OnStep(ctx => ctx["p"] = (5.0 * Math.Sin(0.37 * ctx.StepCount)) + (0.01 * ctx["u"]))
            .Build();
        var battery = MockComponents.Integrator("BAT", 1.0 / 3.0);
        var load = new MockComponentBuilder("LOAD").RealInput("u", "kW").RealOutput("y", "kW").RealLocal("x")
            .OnStep(ctx =>
            {
                ctx["x"] = (0.9 * ctx["x"]) + (0.1 * ctx["u"]);
                ctx["y"] = ctx["x"] / 7.0;
            })
            .Build();
        var series = new TimeSeriesObserver([new("PV", "p"), new("BAT", "y"), new("LOAD", "y")]);
        var options = TestOptions.Fixed(40, 2, MasterAlgorithm.GaussSeidel) with
        {
            VariableStep = variableStep ? new VariableStepOptions { InitialStep = new(3), MinStep = new(1), MaxStep = new(5), AbsoluteTolerance = 2, RelativeTolerance = 0.01 } : null,
        };
        var execution = new ExecutionBuilder().AddComponent(pv).AddComponent(battery).AddComponent(load)
            .Connect("PV.p", "BAT.u")
            .Connect("BAT.y", "LOAD.u")
            .Connect("LOAD.y", "PV.u", ConnectionSettings.Iterative(1e-9, 30))
            .AddObserver(series)
            .Build(options);
        return (execution, series);
    }
}
