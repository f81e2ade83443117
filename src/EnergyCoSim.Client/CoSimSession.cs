using EnergyCoSim.Contracts.V1;

namespace EnergyCoSim.Client;

/// <summary>
/// One open session on the service. Steps carry fresh request ids so a transport retry is never applied twice;
/// disposing closes the session.
/// </summary>
public sealed class CoSimSession : IAsyncDisposable
{
    private readonly SessionService.SessionServiceClient _client;
    private bool _closed;

    internal CoSimSession(SessionService.SessionServiceClient client, CreateSessionResponse created)
    {
        _client = client;
        Id = created.SessionId;
        ScenarioName = created.ScenarioName;
        AgentIds = [.. created.AgentIds];
        MaxSteps = created.MaxSteps;
        Variables = [.. created.Variables];
    }

    /// <summary>Session id on the server.</summary>
    public string Id { get; }

    /// <summary>Scenario name.</summary>
    public string ScenarioName { get; }

    /// <summary>Agent ids in order.</summary>
    public IReadOnlyList<string> AgentIds { get; }

    /// <summary>Market intervals per episode.</summary>
    public int MaxSteps { get; }

    /// <summary>Named inputs and outputs of the session.</summary>
    public IReadOnlyList<VariableInfo> Variables { get; }

    /// <summary>Resets episode <paramref name="episode"/>.</summary>
    public async Task InitializeAsync(long episode = 0, CancellationToken cancellationToken = default) =>
        await _client.InitializeAsync(new InitializeRequest { SessionId = Id, Episode = episode }, cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Steps one market interval; <paramref name="deadline"/> bounds the call (UTC).</summary>
    public async Task<StepResponse> StepAsync(bool includeAgents = false, bool includeTrades = false, DateTime? deadline = null, CancellationToken cancellationToken = default) =>
        await _client.StepAsync(
            new StepRequest { SessionId = Id, RequestId = Guid.NewGuid().ToString("N"), IncludeAgents = includeAgents, IncludeTrades = includeTrades },
            deadline: deadline,
            cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Steps to <paramref name="untilStep"/> (exclusive; ≤ 0: to the end of the episode).</summary>
    public async Task<StepUntilResponse> StepUntilAsync(int untilStep = 0, CancellationToken cancellationToken = default) =>
        await _client.StepUntilAsync(new StepUntilRequest { SessionId = Id, RequestId = Guid.NewGuid().ToString("N"), UntilStep = untilStep }, cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Values of <paramref name="names"/>, in the same order.</summary>
    public async Task<IReadOnlyList<double>> GetAsync(IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        var request = new GetVariablesRequest { SessionId = Id };
        request.Names.AddRange(names);
        var response = await _client.GetVariablesAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. response.Values];
    }

    /// <summary>Sets inputs for the coming interval.</summary>
    public async Task SetAsync(IReadOnlyDictionary<string, double> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var request = new SetVariablesRequest { SessionId = Id };
        foreach (var (name, value) in values)
        {
            request.Names.Add(name);
            request.Values.Add(value);
        }

        await _client.SetVariablesAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The episode's summary.json text.</summary>
    public async Task<string> GetSummaryJsonAsync(CancellationToken cancellationToken = default) =>
        (await _client.GetSummaryAsync(new GetSummaryRequest { SessionId = Id }, cancellationToken: cancellationToken).ConfigureAwait(false)).SummaryJson;

    /// <summary>Closes the session on the server.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        if (_closed)
        {
            return;
        }

        await _client.CloseSessionAsync(new CloseSessionRequest { SessionId = Id }, cancellationToken: cancellationToken).ConfigureAwait(false);
        _closed = true;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await CloseAsync().ConfigureAwait(false);
}
