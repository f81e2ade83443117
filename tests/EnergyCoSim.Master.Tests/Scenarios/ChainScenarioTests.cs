using EnergyCoSim.Master;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Master.Tests.Scenarios;

/// <summary>
/// A counter feeds a follower; declared follower first, so Gauss–Seidel must derive the order itself.
/// <code>
///   ┌─────────┐  y → u  ┌──────────┐
///   │ A count │────────▶│ B  y = u │
///   └─────────┘         └──────────┘
/// </code>
/// A's output after its k-th step is k. Under Jacobi B reads A at the start of each step (one-step lag: 0, 1, 2);
/// under Gauss–Seidel A steps first and B reads the new value (1, 2, 3).
/// </summary>
public sealed class ChainScenarioTests
{
    [Fact]
    public async Task Jacobi_Chain_FollowerLagsOneStep()
    {
        var (execution, recorder) = Build(MasterAlgorithm.Jacobi);

        var report = await execution.RunAsync();

        Assert.True(report.Succeeded);
        Assert.Equal(["B@0+1", "A@0+1", "B@1+1", "A@1+1", "B@2+1", "A@2+1"], recorder.Order);
        Assert.Equal([0.0, 1.0, 2.0], recorder.Steps.Where(s => s.Component == "B").Select(s => s.Inputs["u"]));
        Assert.Equal(["B", "A"], execution.StepOrder);
    }

    [Fact]
    public async Task GaussSeidel_Chain_DerivedOrderFeedsNewValue()
    {
        var (execution, recorder) = Build(MasterAlgorithm.GaussSeidel);

        var report = await execution.RunAsync();

        Assert.True(report.Succeeded);
        Assert.Equal(["A", "B"], execution.StepOrder);
        Assert.Equal(["A@0+1", "B@0+1", "A@1+1", "B@1+1", "A@2+1", "B@2+1"], recorder.Order);
        Assert.Equal([1.0, 2.0, 3.0], recorder.Steps.Where(s => s.Component == "B").Select(s => s.Inputs["u"]));
        Assert.Equal(3, report.Steps);
        Assert.Equal(3, report.EndTime.Ticks);
    }

    [Fact]
    public async Task GaussSeidel_TimeShiftedConnection_BehavesLikeJacobi()
    {
        var (execution, recorder) = Build(MasterAlgorithm.GaussSeidel, ConnectionSettings.TimeShifted);

        await execution.RunAsync();

        Assert.Equal([0.0, 1.0, 2.0], recorder.Steps.Where(s => s.Component == "B").Select(s => s.Inputs["u"]));
    }

    [Fact]
    public async Task Jacobi_OffloadedToThreadPool_SameExchangedValues()
    {
        var (execution, recorder) = Build(MasterAlgorithm.Jacobi, options: TestOptions.Fixed(3) with { OffloadJacobiSteps = true });

        await execution.RunAsync();

        Assert.Equal([0.0, 1.0, 2.0], recorder.Steps.Where(s => s.Component == "B").Select(s => s.Inputs["u"]));
        Assert.Equal(6, recorder.Steps.Count);
    }

    private static (Execution, StepRecorder) Build(MasterAlgorithm algorithm, ConnectionSettings? settings = null, ExecutionOptions? options = null)
    {
        var recorder = new StepRecorder();
        var a = new MockComponentBuilder("A").RealOutput("y", "kW").OnStep(ctx => ctx["y"] += 1).RecordTo(recorder).Build();
        var b = MockComponents.Affine("B", 1.0, 0.0, "kW", recorder);
        var execution = new ExecutionBuilder().AddComponent(b).AddComponent(a).Connect("A.y", "B.u", settings).Build(options ?? TestOptions.Fixed(3, 1, algorithm));
        return (execution, recorder);
    }
}
