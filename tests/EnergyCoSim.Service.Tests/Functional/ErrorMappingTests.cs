using EnergyCoSim.Contracts.V1;
using Google.Rpc;
using Grpc.Core;

namespace EnergyCoSim.Service.Tests.Functional;

public sealed class ErrorMappingTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task Step_BeforeInitialize_IsFailedPrecondition()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId }));

        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        Assert.Contains("Initialize", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Step_AfterClose_IsFailedPrecondition()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });
        await fixture.Sessions.CloseSessionAsync(new CloseSessionRequest { SessionId = created.SessionId });

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId }));

        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
    }

    [Fact]
    public async Task Step_AfterTheLastStep_IsFailedPrecondition()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });
        await fixture.Sessions.StepUntilAsync(new StepUntilRequest { SessionId = created.SessionId });

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId }));

        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
    }

    [Fact]
    public async Task Step_UnknownSession_IsNotFound()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.StepAsync(new StepRequest { SessionId = "no-such-session" }));

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task CreateSession_UnknownExample_IsNotFound()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = "case5-battery-coordination/nope" }));

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task CreateSession_PathInExampleName_IsInvalidArgumentWithFieldViolation()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = "../../etc/passwd" }));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var bad = ex.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal("example_name", Assert.Single(bad.FieldViolations).Field);
    }

    [Fact]
    public async Task CreateSession_InvalidScenario_IsInvalidArgumentWithEveryViolation()
    {
        const string yaml = "schema_version: 1\nname: bad\nmax_steps: -3\nmarket:\n  min_price: 300\n  max_price: 10\n";

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ScenarioYaml = yaml }));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var bad = ex.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.True(bad.FieldViolations.Count >= 2, string.Join("; ", bad.FieldViolations));
        Assert.Contains(bad.FieldViolations, v => v.Field.Contains("max_steps", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetVariables_OutputOrUnknownName_IsInvalidArgument()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        var request = new SetVariablesRequest { SessionId = created.SessionId, Names = { "clearing_price" }, Values = { 1 } };

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.SetVariablesAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal("names", Assert.Single(ex.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task Step_CancelledBeforeItRuns_LeavesTheSessionAtTheSameStep()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId }, cancellationToken: cts.Token));
        var next = await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId });

        Assert.Equal(StatusCode.Cancelled, ex.StatusCode);
        Assert.Equal(0, next.Step);
    }

    [Fact]
    public async Task Step_DeadlineAlreadyPassed_IsDeadlineExceededAndTheSessionStaysConsistent()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId }, deadline: DateTime.UtcNow.AddMilliseconds(-1)));
        var next = await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId });

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
        Assert.Equal(0, next.Step);
    }
}
