using EnergyCoSim.Core.Errors;
using EnergyCoSim.Master;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Master.Tests.Scenarios;

/// <summary>
/// A three-component zero-delay ring, which Gauss–Seidel cannot order.
/// <code>
///   ┌───┐ y→u ┌───┐ y→u ┌───┐
///   │ A │────▶│ B │────▶│ C │
///   └───┘     └───┘     └───┘
///     ▲                   │
///     └────── u ← y ──────┘
/// </code>
/// </summary>
public sealed class UndeclaredCycleScenarioTests
{
    [Fact]
    public void GaussSeidel_UndeclaredRing_RefusedWithOneExamplePath()
    {
        var builder = Ring(ConnectionSettings.Direct);

        var ex = Assert.Throws<ValidationException>(() => builder.Build(TestOptions.Fixed(3, 1, MasterAlgorithm.GaussSeidel)));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal("A → B → C → A", violation.Value);
        Assert.Contains("A.y → B.u → B.y → C.u → C.y → A.u", violation.Description, StringComparison.Ordinal);
        Assert.Contains("Iterative or TimeShifted", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GaussSeidel_RingWithTimeShiftedClosingEdge_OrdersAFirstAndRuns()
    {
        var execution = Ring(ConnectionSettings.TimeShifted).Build(TestOptions.Fixed(3, 1, MasterAlgorithm.GaussSeidel));

        var report = await execution.RunAsync();

        Assert.Equal(["A", "B", "C"], execution.StepOrder);
        Assert.True(report.Succeeded);
    }

    [Fact]
    public void Jacobi_UndeclaredRing_AcceptedBecauseEveryJacobiEdgeIsDelayed()
    {
        var execution = Ring(ConnectionSettings.Direct).Build(TestOptions.Fixed(3));

        Assert.Equal(ExecutionState.Built, execution.State);
    }

    [Fact]
    public void GaussSeidel_DeclaredOrderAgainstZeroDelayEdge_Refused()
    {
        var options = TestOptions.Fixed(3, 1, MasterAlgorithm.GaussSeidel) with { GaussSeidelOrder = ["B", "A", "C"] };

        var ex = Assert.Throws<ValidationException>(() => Ring(ConnectionSettings.TimeShifted).Build(options));

        Assert.Contains(ex.Violations, v => v.Value == "B" && v.Description.Contains("before its zero-delay producer A", StringComparison.Ordinal));
    }

    private static ExecutionBuilder Ring(ConnectionSettings closing) =>
        new ExecutionBuilder()
            .AddComponent(MockComponents.Affine("A", 1, 0))
            .AddComponent(MockComponents.Affine("B", 1, 0))
            .AddComponent(MockComponents.Affine("C", 1, 0))
            .Connect("A.y", "B.u")
            .Connect("B.y", "C.u")
            .Connect("C.y", "A.u", closing);
}
