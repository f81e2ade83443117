using System.Threading.Channels;
using EnergyCoSim.Client;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Service.Sessions;

/// <summary>
/// One isolated co-simulation session: a scenario's environment, its strategy, its variables and a state machine.
/// Every call takes the session's lock, so concurrent calls on one session serialise; steps with a request id
/// already seen are answered from a cache instead of being applied twice.
/// </summary>
public sealed partial class Session : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IAgentStrategy _strategy;
    private readonly RequestCache _requests;
    private readonly List<Channel<SessionStepResult>> _subscribers = [];
    private readonly Dictionary<int, AgentAction> _externalActions = [];
    private readonly float[] _observations;
    private readonly float[] _actions;
    private readonly double[] _rewards;
    private readonly RemoteGridSolver? _grid;
    private readonly SessionFeeder? _feeder;
    private bool _described;
    private RandomStream[] _random = [];
    private double _meanUtility;

    internal Session(string id, CompiledScenario scenario, IAgentStrategy strategy, int requestCacheSize, RemoteGridSolver? grid = null, SessionFeeder? feeder = null)
    {
        _grid = grid;
        _feeder = grid is null ? null : feeder;
        Id = id;
        Scenario = scenario;
        _strategy = strategy;
        _requests = new RequestCache(requestCacheSize);
        Environment = new LocalEnergyMarketEnvironment(scenario);
        Variables = new MarketVariableTable(Environment);
        var n = Environment.AgentIds.Count;
        _observations = new float[n * Environment.ObservationSize];
        _actions = new float[n * ActionBox.Size];
        _rewards = new double[n];
    }

    /// <summary>Session id.</summary>
    public string Id { get; }

    /// <summary>The compiled scenario.</summary>
    public CompiledScenario Scenario { get; }

    /// <summary>The session's environment; touch it only while holding the lock.</summary>
    internal LocalEnergyMarketEnvironment Environment { get; }

    /// <summary>Named inputs and outputs.</summary>
    public ISessionVariableTable Variables { get; }

    /// <summary>Current lifecycle state.</summary>
    public SessionState State { get; private set; } = SessionState.Created;

    /// <summary>Description returned to the creating client.</summary>
    public SessionInfo Info => new(Id, Scenario.Document.Name ?? "scenario", Environment.AgentIds, Environment.MaxSteps, (long)Scenario.Document.MarketInterval.TotalSeconds);

    /// <summary>Runs <paramref name="action"/> under the session's lock; a cancelled wait changes nothing.</summary>
    public async Task<T> RunAsync<T>(Func<Session, T> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (State == SessionState.Closed)
            {
                throw new InvalidStateException($"session {Id}", "call", "Closed", "any state but Closed");
            }

            return action(this);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs asynchronous <paramref name="action"/> under the session's lock.</summary>
    public async Task<T> RunAsync<T>(Func<Session, Task<T>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (State == SessionState.Closed)
            {
                throw new InvalidStateException($"session {Id}", "call", "Closed", "any state but Closed");
            }

            return await action(this).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Resets the episode <paramref name="episode"/>; allowed in every state but Closed. Returns the observations.</summary>
    public IReadOnlyList<float> Initialize(long episode)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(episode);
        Environment.Reset(episode, _observations);
        _random = Environment.AgentIds.Select(id => Scenario.Streams.For("strategy", id, episode)).ToArray();
        _meanUtility = Enumerable.Range(0, Environment.MaxSteps).Average(t => Environment.Dso.UtilityPrice(t).Value);
        _requests.Clear();
        _externalActions.Clear();
        Variables.Publish();
        State = SessionState.Initialized;
        return _observations.ToArray();
    }

    /// <summary>
    /// Steps one market interval: agents act by the scenario's strategy unless an external order was submitted
    /// for them. A retried <paramref name="requestId"/> returns the cached result.
    /// </summary>
    public SessionStepResult Step(string? requestId, CancellationToken cancellationToken)
    {
        if (_requests.TryGet(requestId, out var cached))
        {
            return cached;
        }

        RequireStepping("step");
        // The last moment a cancellation can take effect: from here the step runs to completion, so a cancelled
        // call leaves the session either before or after a whole step, never half-way.
        cancellationToken.ThrowIfCancellationRequested();
        Variables.ApplyInputs();
        Decide();
        foreach (var (agent, action) in _externalActions)
        {
            action.CopyTo(_actions.AsSpan(agent * ActionBox.Size, ActionBox.Size));
        }

        return Commit(requestId, Apply(_actions));
    }

    /// <summary>The cached result of <paramref name="requestId"/>, if that step was applied and is still remembered.</summary>
    public bool TryGetCached(string requestId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SessionStepResult? result) =>
        _requests.TryGet(requestId, out result);

    /// <summary>Steps with actions given for every agent (agent-major, 4 each), as an RL library does.</summary>
    public SessionStepResult StepWithActions(ReadOnlySpan<float> actions, string? requestId, CancellationToken cancellationToken)
    {
        if (_requests.TryGet(requestId, out var cached))
        {
            return cached;
        }

        RequireStepping("step");
        cancellationToken.ThrowIfCancellationRequested();
        Variables.ApplyInputs();
        return Commit(requestId, Apply(actions));
    }

    /// <summary>Records external orders for the coming interval, replacing earlier ones of the same agents.</summary>
    public void SubmitOrders(IReadOnlyList<(int Agent, AgentAction Action)> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        RequireStepping("submit orders");
        var problems = new List<FieldViolation>();
        foreach (var (agent, action) in orders)
        {
            if (!Environment.ActionBoxes[agent].Contains(action))
            {
                problems.Add(new FieldViolation($"orders[{Environment.AgentIds[agent]}]", FieldViolation.Render(action), "is outside the agent's action box"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ValidationException(problems, "orders");
        }

        foreach (var (agent, action) in orders)
        {
            _externalActions[agent] = action;
        }
    }

    /// <summary>The opaque state: the strategy's random-stream positions, the variable inputs, then the environment's byte state.</summary>
    public byte[] SaveState()
    {
        if (State is SessionState.Created)
        {
            throw new InvalidStateException($"session {Id}", "save state", State.ToString(), "Initialized, Running, Done");
        }

        return SessionStateCodec.Encode(_random.Select(r => r.State).ToArray(), Variables.Inputs, Environment.SerializeState());
    }

    /// <summary>Rebuilds a state made by <see cref="SaveState"/>; returns the step it restored to.</summary>
    public int RestoreState(ReadOnlySpan<byte> state)
    {
        var (streams, inputs, environment) = SessionStateCodec.Decode(state, Environment.AgentIds.Count, Variables.Inputs.Count);
        if (State is SessionState.Created)
        {
            // Sets up the strategy streams and the mean utility price; the state then overwrites the episode.
            Initialize(0);
        }

        Environment.DeserializeState(environment, _observations);
        _meanUtility = Enumerable.Range(0, Environment.MaxSteps).Average(t => Environment.Dso.UtilityPrice(t).Value);
        // Without the streams' positions the strategy would draw differently after a restore than before it.
        _random = streams.Select(st => new RandomStream(st)).ToArray();
        _requests.Clear();
        _externalActions.Clear();
        Variables.RestoreInputs(inputs);
        Variables.Publish();
        State = Environment.IsDone ? SessionState.Done : Environment.CurrentStep == 0 ? SessionState.Initialized : SessionState.Running;
        return Environment.CurrentStep;
    }

    /// <summary>Closes the session and ends every result stream.</summary>
    public void Close()
    {
        State = SessionState.Closed;
        foreach (var s in _subscribers)
        {
            s.Writer.TryComplete();
        }

        _subscribers.Clear();
    }

    /// <summary>A reader of every step result from now on; completes when the episode ends or the session closes.</summary>
    public ChannelReader<SessionStepResult> Subscribe()
    {
        var channel = Channel.CreateUnbounded<SessionStepResult>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        if (State is SessionState.Done)
        {
            channel.Writer.TryComplete();
        }
        else
        {
            _subscribers.Add(channel);
        }

        return channel.Reader;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _gate.Dispose();
        _grid?.Dispose();
    }

    private void RequireStepping(string operation)
    {
        if (State is not (SessionState.Initialized or SessionState.Running))
        {
            var why = State is SessionState.Created ? "call Initialize first" : "the episode ended; Initialize a new one";
            throw new InvalidStateException($"session {Id}", operation, State.ToString(), $"Initialized, Running ({why})");
        }
    }

    private SessionStepResult Apply(ReadOnlySpan<float> actions)
    {
        var done = Environment.Step(actions, _observations, _rewards);
        Variables.Publish();
        _externalActions.Clear();
        State = done ? SessionState.Done : SessionState.Running;
        var n = Environment.AgentIds.Count;
        var history = Environment.AgentHistory;
        var agents = new Simulation.Results.AgentStepRecord[n];
        for (var i = 0; i < n; i++)
        {
            agents[i] = history[history.Count - n + i];
        }

        return new SessionStepResult(Environment.MarketHistory[^1].Step, done, Environment.MarketHistory[^1], agents, _observations.ToArray(), _rewards.ToArray());
    }

    private SessionStepResult Commit(string? requestId, SessionStepResult result)
    {
        _requests.Add(requestId, result);
        foreach (var s in _subscribers)
        {
            s.Writer.TryWrite(result);
            if (result.Done)
            {
                s.Writer.TryComplete();
            }
        }

        if (result.Done)
        {
            _subscribers.Clear();
        }

        return result;
    }
}
