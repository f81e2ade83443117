using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Service.Mapping;
using EnergyCoSim.Service.Sessions;
using Google.Protobuf;
using Grpc.Core;

namespace EnergyCoSim.Service.Services;

/// <summary>The session service: thin mapping of v1 messages onto <see cref="Session"/>; errors go through the interceptor.</summary>
public sealed class SessionGrpcService(SessionRegistry registry) : SessionService.SessionServiceBase
{
    /// <inheritdoc />
    public override Task<CreateSessionResponse> CreateSession(CreateSessionRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = registry.Create(
            request.ScenarioCase == CreateSessionRequest.ScenarioOneofCase.ScenarioYaml ? request.ScenarioYaml : null,
            request.ScenarioCase == CreateSessionRequest.ScenarioOneofCase.ExampleName ? request.ExampleName : null,
            request.HasSeed ? request.Seed : null,
            request.ClientName,
            request.GridSolverAddress,
            request.GridSolverDeadlineMs);
        var info = session.Info;
        var response = new CreateSessionResponse
        {
            SessionId = info.Id,
            ScenarioName = info.ScenarioName,
            MaxSteps = info.MaxSteps,
            NanosecondsPerTick = 1_000_000_000,
            TicksPerStep = info.TicksPerStep,
        };
        response.AgentIds.AddRange(info.AgentIds);
        response.Variables.AddRange(session.Variables.Variables.Select(v => new VariableInfo { Name = v.Name, Unit = v.Unit, Causality = v.Causality, Description = v.Description }));
        return Task.FromResult(response);
    }

    /// <inheritdoc />
    public override async Task<InitializeResponse> Initialize(InitializeRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        await registry.Get(request.SessionId).RunAsync(s => s.Initialize(request.Episode), context.CancellationToken).ConfigureAwait(false);
        return new InitializeResponse { Time = new SimTime { Ticks = 0 } };
    }

    /// <inheritdoc />
    public override async Task<StepResponse> Step(StepRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var session = registry.Get(request.SessionId);
        var ct = context.CancellationToken;
        var result = await session.RunAsync(s => s.StepAsync(request.RequestId, ct), ct).ConfigureAwait(false);
        return ResultMapper.ToStepResponse(result, session.Info.TicksPerStep, request.IncludeAgents, request.IncludeTrades);
    }

    /// <inheritdoc />
    public override async Task<StepUntilResponse> StepUntil(StepUntilRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var session = registry.Get(request.SessionId);
        var ct = context.CancellationToken;
        var (count, last) = await session.RunAsync(s => StepUntilCoreAsync(s, request, ct), ct).ConfigureAwait(false);
        return new StepUntilResponse { StepsDone = count, Last = ResultMapper.ToStepResponse(last, session.Info.TicksPerStep, true, true) };
    }

    /// <inheritdoc />
    public override async Task<GetVariablesResponse> GetVariables(GetVariablesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var values = await registry.Get(request.SessionId).RunAsync(s => request.Names.Select(s.Variables.Get).ToArray(), context.CancellationToken).ConfigureAwait(false);
        var response = new GetVariablesResponse();
        response.Values.AddRange(values);
        return response;
    }

    /// <inheritdoc />
    public override async Task<SetVariablesResponse> SetVariables(SetVariablesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (request.Names.Count != request.Values.Count)
        {
            throw new ValidationException("values", request.Values.Count, $"must hold one value per name ({request.Names.Count})");
        }

        await registry.Get(request.SessionId).RunAsync(
            s =>
            {
                for (var i = 0; i < request.Names.Count; i++)
                {
                    s.Variables.Set(request.Names[i], request.Values[i]);
                }

                return 0;
            },
            context.CancellationToken).ConfigureAwait(false);
        return new SetVariablesResponse();
    }

    /// <inheritdoc />
    public override async Task<SaveStateResponse> SaveState(SaveStateRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var (state, step) = await registry.Get(request.SessionId).RunAsync(s => (s.SaveState(), s.Environment.CurrentStep), context.CancellationToken).ConfigureAwait(false);
        return new SaveStateResponse { State = ByteString.CopyFrom(state), Step = step };
    }

    /// <inheritdoc />
    public override async Task<RestoreStateResponse> RestoreState(RestoreStateRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var step = await registry.Get(request.SessionId).RunAsync(s => s.RestoreState(request.State.Span), context.CancellationToken).ConfigureAwait(false);
        return new RestoreStateResponse { Step = step };
    }

    /// <inheritdoc />
    public override async Task StreamResults(StreamResultsRequest request, IServerStreamWriter<StepResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var session = registry.Get(request.SessionId);
        var reader = await session.RunAsync(s => s.Subscribe(), context.CancellationToken).ConfigureAwait(false);
        // Headers go out once the subscription exists, so a client awaiting them knows no later step is missed.
        await context.WriteResponseHeadersAsync([]).ConfigureAwait(false);
        await foreach (var result in reader.ReadAllAsync(context.CancellationToken).ConfigureAwait(false))
        {
            await responseStream.WriteAsync(ResultMapper.ToStepResponse(result, session.Info.TicksPerStep, request.IncludeAgents, request.IncludeTrades), context.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override async Task<GetSummaryResponse> GetSummary(GetSummaryRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var json = await registry.Get(request.SessionId).RunAsync(s => s.SummaryJson(), context.CancellationToken).ConfigureAwait(false);
        return new GetSummaryResponse { SummaryJson = json };
    }

    /// <inheritdoc />
    public override async Task<CloseSessionResponse> CloseSession(CloseSessionRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        await registry.CloseAsync(request.SessionId, context.CancellationToken).ConfigureAwait(false);
        return new CloseSessionResponse();
    }

    private static async Task<(int Count, SessionStepResult Last)> StepUntilCoreAsync(Session s, StepUntilRequest request, CancellationToken ct)
    {
        var until = request.UntilStep <= 0 ? s.Info.MaxSteps : request.UntilStep;
        var count = 0;
        SessionStepResult? last = null;
        var id = request.RequestId;
        // Sub-request ids "<id>#<step>" make a retried StepUntil idempotent: steps this id already applied are
        // counted from the cache, the rest are run now (a retry after a cancellation finishes the job).
        if (!string.IsNullOrEmpty(id))
        {
            for (var k = 0; k < until; k++)
            {
                if (s.TryGetCached($"{id}#{k}", out var cached))
                {
                    count++;
                    last = cached;
                }
            }
        }

        while (s.Environment.CurrentStep < until && s.State is not SessionState.Done)
        {
            last = await s.StepAsync(string.IsNullOrEmpty(id) ? null : $"{id}#{s.Environment.CurrentStep}", ct).ConfigureAwait(false);
            count++;
        }

        return last is null
            ? throw new InvalidStateException($"session {s.Id}", "step until", s.State.ToString(), $"a step before {until}")
            : (count, last);
    }
}
