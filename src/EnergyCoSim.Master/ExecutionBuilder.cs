using EnergyCoSim.Core.Components;
using EnergyCoSim.Master.Internal;
using EnergyCoSim.Master.Manipulators;
using EnergyCoSim.Master.Observers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.Master;

/// <summary>
/// Describes a system (components by name, connections with coupling settings, observers, manipulators) and builds an
/// <see cref="Execution"/>. <see cref="Build"/> validates everything together and throws one
/// <see cref="Core.Errors.ValidationException"/> listing every problem (unknown component or variable, wrong
/// causality, unit or type mismatch, input connected twice, undeclared zero-delay cycle, bad options).
/// </summary>
public sealed class ExecutionBuilder
{
    private readonly List<ICoSimComponent> _components = [];
    private readonly List<Connection> _connections = [];
    private readonly List<IExecutionObserver> _observers = [];
    private readonly List<IExecutionManipulator> _manipulators = [];
    private TimeProvider _clock = TimeProvider.System;
    private ILogger _logger = NullLogger.Instance;

    /// <summary>Adds a component; the execution takes ownership (disposes it).</summary>
    public ExecutionBuilder AddComponent(ICoSimComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    /// <summary>Connects <c>component.output</c> to <c>component.input</c> (Direct unless <paramref name="settings"/> says otherwise).</summary>
    public ExecutionBuilder Connect(string source, string target, ConnectionSettings? settings = null) =>
        Connect(new Connection(VariableAddress.Parse(source), VariableAddress.Parse(target), settings ?? ConnectionSettings.Direct));

    /// <summary>Adds a connection.</summary>
    public ExecutionBuilder Connect(Connection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connections.Add(connection);
        return this;
    }

    /// <summary>Adds an observer (called after initialisation and after each accepted step).</summary>
    public ExecutionBuilder AddObserver(IExecutionObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _observers.Add(observer);
        return this;
    }

    /// <summary>Adds a manipulator (called before each step attempt).</summary>
    public ExecutionBuilder AddManipulator(IExecutionManipulator manipulator)
    {
        ArgumentNullException.ThrowIfNull(manipulator);
        _manipulators.Add(manipulator);
        return this;
    }

    /// <summary>Wall clock for real-time pacing and the watchdog (tests pass a FakeTimeProvider). Default: system clock.</summary>
    public ExecutionBuilder WithTimeProvider(TimeProvider clock)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        return this;
    }

    /// <summary>Logger of the execution. Default: none.</summary>
    public ExecutionBuilder WithLogger(ILogger logger)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        return this;
    }

    /// <summary>Validates the system with <paramref name="options"/> and builds the execution.</summary>
    public Execution Build(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var plan = PlanBuilder.Build(_components, _connections, options);
        return new Execution(plan, options, _observers.ToArray(), _manipulators.ToArray(), _clock, _logger);
    }
}
