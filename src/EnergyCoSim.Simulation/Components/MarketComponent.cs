using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Simulation.Components;

/// <summary>
/// The local energy market as a co-simulation component: one step clears one market interval with the scenario's
/// strategy deciding every agent's order. Inputs are PV/load overrides (kW, NaN = profile) and the DSO's per-agent
/// export/import limits (kW, NaN = none); outputs are per-agent and per-bus net injections (kW/kvar, + = into the
/// grid), state of charge, energy traded, cash and the market results. Variable names: see <see cref="MarketVariableNames"/>.
/// </summary>
public sealed partial class MarketComponent : ICoSimComponent
{
    private readonly LocalEnergyMarketEnvironment _env;
    private readonly IAgentStrategy _strategy;
    private readonly long _episode;
    private readonly ComponentLifecycle _lifecycle;
    private readonly MarketVariableLayout _layout;
    private readonly double[] _reals;
    private readonly float[] _observations;
    private readonly float[] _actions;
    private readonly double[] _rewards;
    private Core.Random.RandomStream[] _random = [];
    private TimeResolution _resolution = TimeResolution.Second;
    private SimulationTime _start;
    private long _intervalTicks;
    private double _meanUtility;

    /// <summary>Builds the component over a new environment of <paramref name="scenario"/>, driven by <paramref name="strategy"/>.</summary>
    /// <remarks><paramref name="busOfAgent"/> places agents on the buses of a coupled feeder (bus outputs use those ids); by default the scenario's grid node.</remarks>
    public MarketComponent(
        string name,
        CompiledScenario scenario,
        IAgentStrategy strategy,
        long episode = 0,
        EnvironmentOptions? options = null,
        IReadOnlyDictionary<string, string>? busOfAgent = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(strategy);
        Name = name;
        _strategy = strategy;
        _episode = episode;
        _env = new LocalEnergyMarketEnvironment(scenario, options);
        _lifecycle = new ComponentLifecycle(name);
        _layout = MarketVariableLayout.For(_env, busOfAgent);
        Description = new ComponentDescription("EnergyCoSim.Market", _layout.Variables, ComponentCapabilities.Full with { CanRejectStep = false, CanHandleVariableStep = false });
        _reals = _layout.CreateValues();
        var n = _env.AgentIds.Count;
        _observations = new float[n * _env.ObservationSize];
        _actions = new float[n * Spaces.ActionBox.Size];
        _rewards = new double[n];
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public ComponentDescription Description { get; }

    /// <summary>The environment inside (read it for histories and the ledger; do not step it directly).</summary>
    public LocalEnergyMarketEnvironment Environment => _env;

    /// <summary>The market interval as a duration in the experiment's resolution (valid after <see cref="Setup"/>).</summary>
    public SimulationDuration Interval => new(_intervalTicks);

    /// <inheritdoc />
    public void Setup(SimulationTime startTime, SimulationTime? stopTime, TimeResolution resolution)
    {
        _lifecycle.Transition("setup", ComponentLifecycleState.SetUp, ComponentLifecycleState.Instantiated);
        _resolution = resolution;
        _start = startTime;
        _intervalTicks = resolution.TicksIn(_env.Scenario.MarketInterval);
        if (_intervalTicks <= 0)
        {
            throw new ValidationException($"{Name}.resolution", resolution.ToString(), $"must resolve the market interval {_env.Scenario.MarketInterval}");
        }

        if (stopTime is { } stop && (stop - startTime).Ticks > _intervalTicks * _env.MaxSteps)
        {
            throw new ValidationException($"{Name}.stop_time", stop.Ticks, $"is past the scenario's {_env.MaxSteps} market intervals of {_env.Scenario.MarketInterval} (max {startTime.Ticks + (_intervalTicks * _env.MaxSteps)} ticks)");
        }
    }

    /// <inheritdoc />
    public void EnterInitialization()
    {
        _lifecycle.Transition("enter initialization", ComponentLifecycleState.Initializing, ComponentLifecycleState.SetUp);
        ResetEpisode();
    }

    /// <inheritdoc />
    public void ExitInitialization() =>
        _lifecycle.Transition("exit initialization", ComponentLifecycleState.Stepping, ComponentLifecycleState.Initializing);

    /// <inheritdoc />
    public void Terminate() => _lifecycle.Transition("terminate", ComponentLifecycleState.Terminated, ComponentLifecycleState.Stepping, ComponentLifecycleState.Failed);

    /// <inheritdoc />
    public void Dispose() => _lifecycle.Force(ComponentLifecycleState.Disposed);

    /// <inheritdoc />
    public void GetReal(ReadOnlySpan<uint> references, Span<double> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            values[i] = _reals[Check(references[i])];
        }
    }

    /// <inheritdoc />
    public void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        _lifecycle.Require("set real", ComponentLifecycleState.SetUp, ComponentLifecycleState.Initializing, ComponentLifecycleState.Stepping);
        for (var i = 0; i < references.Length; i++)
        {
            var r = Check(references[i]);
            if (!_layout.IsInput(r))
            {
                throw new ValidationException($"{Name}.{_layout.Variables[(int)r].Name}", values[i], "is an output and cannot be set");
            }

            _reals[r] = values[i];
        }
    }

    /// <inheritdoc />
    public void GetInteger(ReadOnlySpan<uint> references, Span<long> values) => NoVariables(references, "Integer");

    /// <inheritdoc />
    public void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values) => NoVariables(references, "Boolean");

    /// <inheritdoc />
    public void GetString(ReadOnlySpan<uint> references, Span<string> values) => NoVariables(references, "String");

    /// <inheritdoc />
    public void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values) => NoVariables(references, "Integer");

    /// <inheritdoc />
    public void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values) => NoVariables(references, "Boolean");

    /// <inheritdoc />
    public void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values) => NoVariables(references, "String");

    private uint Check(uint reference) =>
        reference < _reals.Length ? reference : throw new NotFoundException("variable reference", reference.ToString(System.Globalization.CultureInfo.InvariantCulture), $"component {Name} has {_reals.Length} Real variables");

    private void NoVariables(ReadOnlySpan<uint> references, string type)
    {
        if (!references.IsEmpty)
        {
            throw new NotFoundException("variable reference", references[0].ToString(System.Globalization.CultureInfo.InvariantCulture), $"component {Name} has no {type} variables");
        }
    }

    private void ResetEpisode()
    {
        _env.Reset(_episode, _observations);
        _random = _env.AgentIds.Select(id => _env.Scenario.Streams.For("strategy", id, _episode)).ToArray();
        _meanUtility = Enumerable.Range(0, _env.MaxSteps).Average(t => _env.Dso.UtilityPrice(t).Value);
        _layout.ResetOutputs(_reals);
        _layout.Publish(_env, _reals);
    }
}
