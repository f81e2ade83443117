using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Simulation.Components;

/// <summary>
/// Base of small components whose variables are all Real and whose whole state is those values (profile sources,
/// summing points): lifecycle, batched get/set, and bit-exact save/restore/serialise come from here.
/// </summary>
public abstract class RealValuesComponent : ICoSimComponent
{
    private readonly ComponentLifecycle _lifecycle;
    private readonly RealValueTable _table;

    /// <summary>Creates the component; variable references must be 0..n−1 in declaration order.</summary>
    protected RealValuesComponent(string name, string typeName, IReadOnlyList<VariableDescription> variables)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(variables);
        Name = name;
        _lifecycle = new ComponentLifecycle(name);
        Description = new ComponentDescription(typeName, variables, ComponentCapabilities.Full with { CanRejectStep = false });
        _table = new RealValueTable(name, variables);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public ComponentDescription Description { get; }

    /// <summary>Current values by reference.</summary>
    protected double[] Values => _table.Values;

    /// <summary>Start of the experiment (valid after <see cref="Setup"/>).</summary>
    protected SimulationTime StartTime { get; private set; }

    /// <summary>Tick length of the experiment (valid after <see cref="Setup"/>).</summary>
    protected TimeResolution Resolution { get; private set; } = TimeResolution.Second;

    /// <inheritdoc />
    public void Setup(SimulationTime startTime, SimulationTime? stopTime, TimeResolution resolution)
    {
        _lifecycle.Transition("setup", ComponentLifecycleState.SetUp, ComponentLifecycleState.Instantiated);
        (StartTime, Resolution) = (startTime, resolution);
    }

    /// <inheritdoc />
    public void EnterInitialization()
    {
        _lifecycle.Transition("enter initialization", ComponentLifecycleState.Initializing, ComponentLifecycleState.SetUp);
        Compute(StartTime, default);
    }

    /// <inheritdoc />
    public void ExitInitialization()
    {
        _lifecycle.Transition("exit initialization", ComponentLifecycleState.Stepping, ComponentLifecycleState.Initializing);
        Compute(StartTime, default);
    }

    /// <inheritdoc />
    public ValueTask<StepResult> StepAsync(SimulationTime currentTime, SimulationDuration stepSize, CancellationToken cancellationToken)
    {
        _lifecycle.Require("step", ComponentLifecycleState.Stepping);
        cancellationToken.ThrowIfCancellationRequested();
        Compute(currentTime, stepSize);
        return ValueTask.FromResult(StepResult.Accepted);
    }

    /// <inheritdoc />
    public void Terminate() => _lifecycle.Transition("terminate", ComponentLifecycleState.Terminated, ComponentLifecycleState.Stepping, ComponentLifecycleState.Failed);

    /// <inheritdoc />
    public void Dispose()
    {
        _lifecycle.Force(ComponentLifecycleState.Disposed);
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public ComponentState SaveState() => _table.Save();

    /// <inheritdoc />
    public void RestoreState(ComponentState state) => _table.Restore(state);

    /// <inheritdoc />
    public byte[] SerializeState(ComponentState state) => _table.Serialize(state);

    /// <inheritdoc />
    public ComponentState DeserializeState(ReadOnlySpan<byte> data) => _table.Deserialize(data);

    /// <inheritdoc />
    public void GetReal(ReadOnlySpan<uint> references, Span<double> values) => _table.Get(references, values);

    /// <inheritdoc />
    public void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        _lifecycle.Require("set real", ComponentLifecycleState.SetUp, ComponentLifecycleState.Initializing, ComponentLifecycleState.Stepping);
        _table.Set(references, values);
    }

    /// <inheritdoc />
    public void GetInteger(ReadOnlySpan<uint> references, Span<long> values) => _table.RequireNone(references);

    /// <inheritdoc />
    public void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values) => _table.RequireNone(references);

    /// <inheritdoc />
    public void GetString(ReadOnlySpan<uint> references, Span<string> values) => _table.RequireNone(references);

    /// <inheritdoc />
    public void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values) => _table.RequireNone(references);

    /// <inheritdoc />
    public void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values) => _table.RequireNone(references);

    /// <inheritdoc />
    public void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values) => _table.RequireNone(references);

    /// <summary>
    /// Sets the outputs for the step from <paramref name="currentTime"/> (also called at initialisation with a zero
    /// step, so connected components see the values of the first interval before it is stepped).
    /// </summary>
    protected abstract void Compute(SimulationTime currentTime, SimulationDuration stepSize);

    /// <summary>A Real variable with a start value.</summary>
    protected static VariableDescription Real(uint reference, string name, VariableCausality causality, string? unit, string description, double start = 0) =>
        new(reference, name, VariableType.Real, causality, VariableVariability.Discrete, unit, description) { StartReal = start };
}
