using System.Buffers.Binary;
using System.Globalization;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Simulation.Components;

/// <summary>
/// Base of small components whose variables are all Real and whose whole state is those values (profile sources,
/// summing points): lifecycle, batched get/set, and bit-exact save/restore/serialise come from here.
/// </summary>
public abstract class RealValuesComponent : ICoSimComponent
{
    private readonly ComponentLifecycle _lifecycle;

    /// <summary>Creates the component; variable references must be 0..n−1 in declaration order.</summary>
    protected RealValuesComponent(string name, string typeName, IReadOnlyList<VariableDescription> variables)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(variables);
        Name = name;
        _lifecycle = new ComponentLifecycle(name);
        Description = new ComponentDescription(typeName, variables, ComponentCapabilities.Full with { CanRejectStep = false });
        Values = variables.Select(v => v.StartReal ?? 0).ToArray();
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public ComponentDescription Description { get; }

    /// <summary>Current values by reference.</summary>
    protected double[] Values { get; }

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
    public ComponentState SaveState() => new ValuesState(Name, (double[])Values.Clone());

    /// <inheritdoc />
    public void RestoreState(ComponentState state) => Own(state).Values.CopyTo(Values, 0);

    /// <inheritdoc />
    public byte[] SerializeState(ComponentState state)
    {
        var values = Own(state).Values;
        var bytes = new byte[values.Length * sizeof(double)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)), values[i]);
        }

        return bytes;
    }

    /// <inheritdoc />
    public ComponentState DeserializeState(ReadOnlySpan<byte> data)
    {
        if (data.Length != Values.Length * sizeof(double))
        {
            throw new ValidationException($"{Name}.state", data.Length, $"must hold {Values.Length} values ({Values.Length * sizeof(double)} bytes)");
        }

        var values = new double[Values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadDoubleLittleEndian(data[(i * sizeof(double))..]);
        }

        return new ValuesState(Name, values);
    }

    /// <inheritdoc />
    public void GetReal(ReadOnlySpan<uint> references, Span<double> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            values[i] = Values[Check(references[i])];
        }
    }

    /// <inheritdoc />
    public void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        _lifecycle.Require("set real", ComponentLifecycleState.SetUp, ComponentLifecycleState.Initializing, ComponentLifecycleState.Stepping);
        for (var i = 0; i < references.Length; i++)
        {
            var r = Check(references[i]);
            var v = Description.Variables[(int)r];
            if (v.Causality is not (VariableCausality.Input or VariableCausality.Parameter))
            {
                throw new ValidationException($"{Name}.{v.Name}", values[i], "is an output and cannot be set");
            }

            Values[r] = values[i];
        }
    }

    /// <inheritdoc />
    public void GetInteger(ReadOnlySpan<uint> references, Span<long> values) => None(references);

    /// <inheritdoc />
    public void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values) => None(references);

    /// <inheritdoc />
    public void GetString(ReadOnlySpan<uint> references, Span<string> values) => None(references);

    /// <inheritdoc />
    public void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values) => None(references);

    /// <inheritdoc />
    public void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values) => None(references);

    /// <inheritdoc />
    public void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values) => None(references);

    /// <summary>
    /// Sets the outputs for the step from <paramref name="currentTime"/> (also called at initialisation with a zero
    /// step, so connected components see the values of the first interval before it is stepped).
    /// </summary>
    protected abstract void Compute(SimulationTime currentTime, SimulationDuration stepSize);

    /// <summary>A Real variable with a start value.</summary>
    protected static VariableDescription Real(uint reference, string name, VariableCausality causality, string? unit, string description, double start = 0) =>
        new(reference, name, VariableType.Real, causality, VariableVariability.Discrete, unit, description) { StartReal = start };

    private ValuesState Own(ComponentState state) =>
        state is ValuesState s && s.OwnerName == Name ? s : throw new ValidationException($"{Name}.state", state?.OwnerName ?? "null", "was not saved by this component");

    private uint Check(uint reference) =>
        reference < Values.Length ? reference : throw new NotFoundException("variable reference", reference.ToString(CultureInfo.InvariantCulture), $"component {Name} has {Values.Length} Real variables");

    private void None(ReadOnlySpan<uint> references)
    {
        if (!references.IsEmpty)
        {
            throw new NotFoundException("variable reference", references[0].ToString(CultureInfo.InvariantCulture), $"component {Name} has only Real variables");
        }
    }

    private sealed class ValuesState(string owner, double[] values) : ComponentState(owner)
    {
        public double[] Values { get; } = values;
    }
}
