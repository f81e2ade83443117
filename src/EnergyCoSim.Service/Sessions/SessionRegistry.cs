using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using EnergyCoSim.Client;
using EnergyCoSim.Composition;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EnergyCoSim.Service.Sessions;

/// <summary>Creates, finds and closes sessions; ids are random, the number open at once is limited by <see cref="ServiceOptions.MaxSessions"/>.</summary>
public sealed partial class SessionRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    // Closed ids are remembered so a late call reports FAILED_PRECONDITION (closed), not NOT_FOUND (never existed).
    private readonly ConcurrentDictionary<string, byte> _closed = new(StringComparer.Ordinal);
    private readonly ServiceOptions _options;
    private readonly ILogger<SessionRegistry> _logger;
    private readonly Lock _createLock = new();

    /// <summary>Creates the registry; the options are validated here.</summary>
    public SessionRegistry(IOptions<ServiceOptions> options, ILogger<SessionRegistry> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _options.Validate();
        _logger = logger;
    }

    /// <summary>Sessions open now.</summary>
    public int Count => _sessions.Count;

    /// <summary>Creates a session from inline scenario text or a shipped example's name.</summary>
    public Session Create(string? scenarioText, string? exampleName, ulong? seed, string clientName, string? gridSolverAddress = null, int gridSolverDeadlineMs = 0)
    {
        Uri? solverUri = null;
        if (!string.IsNullOrWhiteSpace(gridSolverAddress)
            && (!Uri.TryCreate(gridSolverAddress, UriKind.Absolute, out solverUri) || solverUri.Scheme is not ("http" or "https")))
        {
            throw new ValidationException("grid_solver_address", gridSolverAddress, "must be an absolute http(s) address, e.g. http://127.0.0.1:50061");
        }

        var document = Load(scenarioText, exampleName);
        if (seed is { } s)
        {
            document.Seed = s;
        }

        // The scenario's remote solver (cosim.power_flow.solver: remote) unless the request names its own.
        var problems = new List<FieldViolation>();
        var fromScenario = document.Cosim is { } cosim ? PowerFlowSolverSettings.From(cosim.PowerFlow, "cosim.power_flow", problems) : null;
        if (problems.Count > 0)
        {
            throw new ValidationException(problems, $"scenario '{document.Name}'");
        }

        var deadline = TimeSpan.FromMilliseconds(gridSolverDeadlineMs > 0 ? gridSolverDeadlineMs : PowerFlowSolverSettings.DefaultDeadlineMs);
        var solver = solverUri is not null ? new PowerFlowSolverSettings(solverUri, deadline)
            : fromScenario is not null && gridSolverDeadlineMs > 0 ? fromScenario with { Deadline = deadline }
            : fromScenario;
        var compiled = ScenarioCompiler.Compile(document);

        // With a cosim section the solver gets the scenario's feeder, agents where the cosim path places them.
        var feeder = solver is not null && document.Cosim is not null ? new SessionFeeder(CosimFeeder.Place(document, compiled)) : null;
        var strategy = StrategyCatalog.Create(document.Strategy);
        lock (_createLock)
        {
            if (_sessions.Count >= _options.MaxSessions)
            {
                throw new RpcException(new Status(StatusCode.ResourceExhausted, $"the service holds its limit of {_options.MaxSessions} sessions; close one first"));
            }

            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            var grid = solver is null ? null : new RemoteGridSolver(solver.Address, solver.Deadline);
            var session = new Session(id, compiled, strategy, _options.RequestCacheSize, grid, feeder);
            _sessions[id] = session;
            LogCreated(id, document.Name ?? "scenario", clientName);
            return session;
        }
    }

    /// <summary>The open session <paramref name="id"/>; throws <see cref="NotFoundException"/> otherwise.</summary>
    public Session Get(string id)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new ValidationException("session_id", id, "is required");
        }

        if (_sessions.TryGetValue(id, out var session))
        {
            return session;
        }

        return _closed.ContainsKey(id)
            ? throw new InvalidStateException($"session {id}", "call", nameof(SessionState.Closed), "any state but Closed")
            : throw new NotFoundException("session", id, "it was never created by this server");
    }

    /// <summary>Closes and forgets session <paramref name="id"/>.</summary>
    public async Task CloseAsync(string id, CancellationToken cancellationToken)
    {
        var session = Get(id);
        await session.RunAsync(s => { s.Close(); return 0; }, cancellationToken).ConfigureAwait(false);
        _closed[id] = 0;
        _sessions.TryRemove(id, out _);
        session.Dispose();
        LogClosed(id);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var s in _sessions.Values)
        {
            s.Dispose();
        }

        _sessions.Clear();
    }

    private ScenarioDocument Load(string? scenarioText, string? exampleName)
    {
        if (!string.IsNullOrWhiteSpace(scenarioText))
        {
            return ScenarioLoader.ParseAndValidate(scenarioText, "inline", _options.ExamplesDirectory);
        }

        if (string.IsNullOrWhiteSpace(exampleName))
        {
            throw new ValidationException("scenario", null, "give scenario_yaml or example_name");
        }

        // Names only, never paths: a client must not read arbitrary files of the server.
        if (!ExampleName().IsMatch(exampleName))
        {
            throw new ValidationException("example_name", exampleName, "must look like 'folder/name' of a shipped example");
        }

        var path = Path.Combine(_options.ExamplesDirectory, exampleName + ".yaml");
        if (!File.Exists(path))
        {
            throw new NotFoundException("example", exampleName, $"no {exampleName}.yaml under the examples folder");
        }

        return ScenarioLoader.Load(path);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)?$")]
    private static partial Regex ExampleName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} created for scenario {Scenario} by client {Client}")]
    private partial void LogCreated(string sessionId, string scenario, string client);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} closed")]
    private partial void LogClosed(string sessionId);
}
