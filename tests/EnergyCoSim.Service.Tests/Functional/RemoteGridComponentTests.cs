using EnergyCoSim.Client;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Service.Tests.Functional;

public sealed class RemoteGridComponentTests
{
    [Fact]
    public async Task StepAsync_FastSolver_IsAcceptedWithTheSolversVoltages()
    {
        await using var host = await SolverHost.StartAsync(TimeSpan.Zero);
        using var component = new RemoteGridComponent("grid", new RemoteGridSolver(new Uri(host.Address), TimeSpan.FromSeconds(5)), ["b1", "b2"]);
        component.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        var p1 = component.Description.Variables.Single(v => v.Name == "b1.p_kw").Reference;
        var v1 = component.Description.Variables.Single(v => v.Name == "b1.v_pu").Reference;
        component.SetReal([p1], [-20.0]);

        var result = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), CancellationToken.None);
        var voltage = new double[1];
        component.GetReal([v1], voltage);

        Assert.Equal(StepOutcome.Accepted, result.Outcome);
        Assert.Equal(1 - 0.02, voltage[0], 12);
    }

    [Fact]
    public async Task StepAsync_SlowSolver_IsRejectedNamingTheDeadline()
    {
        await using var host = await SolverHost.StartAsync(TimeSpan.FromSeconds(2));
        using var component = new RemoteGridComponent("grid", new RemoteGridSolver(new Uri(host.Address), TimeSpan.FromMilliseconds(50)), ["b1"]);
        component.Setup(SimulationTime.Zero, null, TimeResolution.Second);

        var result = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), CancellationToken.None);

        Assert.Equal(StepOutcome.Rejected, result.Outcome);
        Assert.Contains("deadline of 50 ms", result.Message, StringComparison.Ordinal);
    }
}
