using EnergyCoSim.Master;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Master.Tests.Scenarios;

/// <summary>
/// Two affine blocks in a loop, y = 0.5·u + 1, solved at each time point by iteration with rollback.
/// <code>
///   ┌──────────────┐  y → u  ┌──────────────┐
///   │ A 0.5·u + 1  │────────▶│ B 0.5·u + 1  │
///   └──────────────┘◀────────└──────────────┘
///                     u ← y
/// </code>
/// Fixed point: x = 0.5·x + 1 ⇒ x = 2. With both connections iterative (Jacobi-style iterates) from x₀ = 0:
/// x_k = 2 − 2·0.5^k and the change at sweep k is 0.5^(k−1), so tolerance 1e-3 is met at k = 11 with
/// x₁₁ = 2 − 2⁻¹⁰ = 1.9990234375. With A → B direct under Gauss–Seidel, B's iterate obeys
/// z_k = 0.25·z_(k−1) + 1.5, change 1.5·0.25^(k−1) ≤ 1e-3 first at k = 7, z₇ = 2 − 2·0.25⁷ = 1.9998779296875.
/// </summary>
public sealed class IterativeFeedbackScenarioTests
{
    [Fact]
    public async Task BothIterative_OneStep_ConvergesToHandComputedIterate()
    {
        var (execution, a, b, recorder) = Build(MasterAlgorithm.Jacobi, ConnectionSettings.Iterative(1e-3), ConnectionSettings.Iterative(1e-3));

        var step = await execution.StepAsync();

        Assert.True(step.Converged);
        Assert.Equal(11, step.Iterations);
        Assert.Equal(1.9990234375, Output(a));
        Assert.Equal(1.9990234375, Output(b));
        Assert.Equal(22, recorder.Steps.Count);
        Assert.Equal(1, a.SaveCount);
        Assert.Equal(10, a.RestoreCount);
        Assert.Equal(1, a.StepCount);
    }

    [Fact]
    public async Task GaussSeidelWithOneIterativeEdge_OneStep_ConvergesFaster()
    {
        var (execution, a, b, _) = Build(MasterAlgorithm.GaussSeidel, ConnectionSettings.Direct, ConnectionSettings.Iterative(1e-3));

        var step = await execution.StepAsync();

        Assert.Equal(["A", "B"], execution.StepOrder);
        Assert.True(step.Converged);
        Assert.Equal(7, step.Iterations);
        Assert.Equal(1.999755859375, Output(a));
        Assert.Equal(1.9998779296875, Output(b));
    }

    [Fact]
    public async Task IterationCapReached_StepReportsNonConvergence()
    {
        var (execution, _, _, _) = Build(MasterAlgorithm.Jacobi, ConnectionSettings.Iterative(1e-12, 3), ConnectionSettings.Iterative(1e-12, 3));

        var step = await execution.StepAsync();
        var report = execution.Report();

        Assert.False(step.Converged);
        Assert.Equal(3, step.Iterations);
        Assert.Equal(2, step.NonConvergedConnections.Count);
        Assert.StartsWith("A.y → B.u (last change 0.25", step.NonConvergedConnections[0], StringComparison.Ordinal);
        Assert.Equal(1, report.NonConvergedSteps);
        Assert.True(report.Succeeded);
    }

    [Fact]
    public async Task IntegratorInIterativeLoop_RollbackKeepsOnlyTheLastIterate()
    {
        // S outputs 3 (its start value is 1); I integrates e += u·h over h = 5. Sweep 1: I reads the iterate 1
        // (e = 5) while S moves 1 → 3, so the step is rolled back; sweep 2: I reads 3 (e = 15), S is unchanged.
        // Without rollback e would be 5 + 15 = 20.
        var s = new MockComponentBuilder("S").RealInput("u", "kW").RealOutput("y", "kW", 1.0).OnStep(ctx => ctx["y"] = 3.0).Build();
        var i = MockComponents.Integrator("I");
        var execution = new ExecutionBuilder().AddComponent(s).AddComponent(i)
            .Connect("S.y", "I.u", ConnectionSettings.Iterative(1e-9))
            .Connect("I.y", "S.u", ConnectionSettings.Iterative(1e9))
            .Build(TestOptions.Fixed(10, 5));

        var first = await execution.StepAsync();
        var afterFirst = Output(i);
        var second = await execution.StepAsync();

        Assert.Equal(2, first.Iterations);
        Assert.Equal(15.0, afterFirst);
        Assert.Equal(1, second.Iterations);
        Assert.Equal(30.0, Output(i));
    }

    private static double Output(MockComponent c)
    {
        var v = new double[1];
        c.GetReal([c.Description.GetVariable("y").Reference], v);
        return v[0];
    }

    private static (Execution, MockComponent, MockComponent, StepRecorder) Build(MasterAlgorithm algorithm, ConnectionSettings ab, ConnectionSettings ba)
    {
        var recorder = new StepRecorder();
        var a = MockComponents.Affine("A", 0.5, 1.0, "kW", recorder);
        var b = MockComponents.Affine("B", 0.5, 1.0, "kW", recorder);
        var execution = new ExecutionBuilder().AddComponent(a).AddComponent(b).Connect("A.y", "B.u", ab).Connect("B.y", "A.u", ba).Build(TestOptions.Fixed(2, 1, algorithm));
        return (execution, a, b, recorder);
    }
}
