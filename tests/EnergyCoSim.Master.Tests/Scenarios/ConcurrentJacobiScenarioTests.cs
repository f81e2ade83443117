using EnergyCoSim.Core.Components;
using EnergyCoSim.Master;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Master.Tests.Scenarios;

/// <summary>
/// Two remote-like components whose steps complete only when released.
/// <code>
///   ┌─────────────┐   ┌─────────────┐
///   │ A (awaits)  │   │ B (awaits)  │     no connections
///   └─────────────┘   └─────────────┘
/// </code>
/// Jacobi issues both step calls before awaiting either, so both are in flight together; Gauss–Seidel waits for A
/// before it starts B.
/// </summary>
public sealed class ConcurrentJacobiScenarioTests
{
    [Theory]
    [InlineData(MasterAlgorithm.Jacobi, 2)]
    [InlineData(MasterAlgorithm.GaussSeidel, 1)]
    public async Task AsyncComponents_StepsInFlightTogether(MasterAlgorithm algorithm, int expectedInFlight)
    {
        var recorder = new StepRecorder();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        MockComponent Remote(string name) => new MockComponentBuilder(name).RecordTo(recorder).OnStepAsync(async _ =>
        {
            await release.Task;
            return StepResult.Accepted;
        }).Build();
        var execution = new ExecutionBuilder().AddComponent(Remote("A")).AddComponent(Remote("B")).Build(TestOptions.Fixed(1, 1, algorithm));

        var step = execution.StepAsync().AsTask();
        var inFlight = recorder.Steps.Count;
        release.SetResult();
        var report = await step;

        Assert.Equal(expectedInFlight, inFlight);
        Assert.Null(report.Failure);
        Assert.Equal(["A@0+1", "B@0+1"], recorder.Order);
    }
}
