using EnergyCoSim.Contracts.V1;
using Grpc.Core;

namespace EnergyCoSim.Service.Tests.Functional;

public sealed class GridSolverTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task Step_WithExternalSolver_ReportsItsVoltagesEachStep()
    {
        await using var host = await SolverHost.StartAsync(TimeSpan.Zero);
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5, GridSolverAddress = host.Address, GridSolverDeadlineMs = 5000 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });

        var step = await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId, IncludeAgents = true });

        Assert.True(step.Grid.Converged);
        var lowest = step.Agents.MinBy(a => a.SoldKwh - a.BoughtKwh)!;
        Assert.Equal(lowest.AgentId, step.Grid.MinVoltageBus);
        Assert.Equal(1 + (0.001 * (lowest.SoldKwh - lowest.BoughtKwh)), step.Grid.MinVoltagePu, 12);
        Assert.Equal(1, host.Solver.Calls);
    }

    [Fact]
    public async Task Step_SlowExternalSolver_IsDeadlineExceededAndTheStepAndItsInputsAreRolledBack()
    {
        await using var host = await SolverHost.StartAsync(TimeSpan.FromSeconds(2));
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5, GridSolverAddress = host.Address, GridSolverDeadlineMs = 50 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });
        var input = $"{created.AgentIds[0]}.demand_kw";
        await fixture.Sessions.SetVariablesAsync(new SetVariablesRequest { SessionId = created.SessionId, Names = { input }, Values = { 4.25 } });

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId }));
        var saved = await fixture.Sessions.SaveStateAsync(new SaveStateRequest { SessionId = created.SessionId });
        var pending = await fixture.Sessions.GetVariablesAsync(new GetVariablesRequest { SessionId = created.SessionId, Names = { input } });

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
        Assert.Contains("grid solver", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("deadline of 50 ms", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(0, saved.Step);
        Assert.Equal(4.25, Assert.Single(pending.Values));
    }

    [Fact]
    public async Task CreateSession_NonHttpSolverAddress_IsInvalidArgument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5, GridSolverAddress = "file:///etc/passwd" }));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }
}
