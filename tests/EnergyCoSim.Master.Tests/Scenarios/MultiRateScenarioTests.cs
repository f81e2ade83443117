using EnergyCoSim.Master;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Master.Tests.Scenarios;

/// <summary>
/// A fast counter feeds a slow block (every 2 base steps) that feeds a fast follower, under Jacobi.
/// <code>
///   ┌─────────┐ y→u ┌──────────────┐ y→u ┌──────────┐
///   │ A  ×1   │────▶│ B ×2 y=u+10  │────▶│ C ×1 y=u │
///   └─────────┘     └──────────────┘     └──────────┘
/// </code>
/// B samples A at t = 0 and 2 (values 0 and 2); B's output for [0, 2] is published only when its step ends at t = 2,
/// so C sees 0 (B's start value) at t = 0, 1 and 10 at t = 2, 3.
/// </summary>
public sealed class MultiRateScenarioTests
{
    [Fact]
    public async Task Jacobi_SlowComponent_StepsEveryOtherBaseStepAndPublishesAtItsEnd()
    {
        var recorder = new StepRecorder();
        var a = new MockComponentBuilder("A").RealOutput("y", "kW").OnStep(ctx => ctx["y"] += 1).RecordTo(recorder).Build();
        var b = MockComponents.Affine("B", 1, 10, "kW", recorder);
        var c = MockComponents.Affine("C", 1, 0, "kW", recorder);
        var options = TestOptions.Fixed(4) with { StepMultiples = new Dictionary<string, int> { ["B"] = 2 } };
        var execution = new ExecutionBuilder().AddComponent(a).AddComponent(b).AddComponent(c).Connect("A.y", "B.u").Connect("B.y", "C.u").Build(options);

        await execution.RunAsync();

        Assert.Equal(["A@0+1", "B@0+2", "C@0+1", "A@1+1", "C@1+1", "A@2+1", "B@2+2", "C@2+1", "A@3+1", "C@3+1"], recorder.Order);
        Assert.Equal([0.0, 2.0], recorder.Steps.Where(s => s.Component == "B").Select(s => s.Inputs["u"]));
        Assert.Equal([0.0, 0.0, 10.0, 10.0], recorder.Steps.Where(s => s.Component == "C").Select(s => s.Inputs["u"]));
    }

    [Fact]
    public async Task SlowComponent_StopNotOnItsGrid_LastStepShortened()
    {
        var recorder = new StepRecorder();
        var b = MockComponents.Affine("B", 1, 0, "kW", recorder);
        var options = TestOptions.Fixed(5) with { StepMultiples = new Dictionary<string, int> { ["B"] = 2 } };
        var execution = new ExecutionBuilder().AddComponent(b).Build(options);

        await execution.RunAsync();

        Assert.Equal(["B@0+2", "B@2+2", "B@4+1"], recorder.Order);
    }
}
