using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Testing;

/// <summary>
/// A component whose step is a lambda over its own variables (libcosim's <c>mock_slave</c>): values live in plain
/// arrays, the full state (all variables plus the step count) can be saved, restored and serialised bit for bit.
/// Build one with <see cref="MockComponentBuilder"/>.
/// </summary>
public sealed class MockComponent : ICoSimComponent
{
    private readonly Func<MockStepContext, ValueTask<StepResult>> _step;
    private readonly StepRecorder? _recorder;
    private readonly ComponentLifecycle _lifecycle;
    private readonly MockStepContext _context;
    private readonly int[][] _indexByRef;
    private readonly VariableDescription[] _realInputs;
    private MockValues _values;

    internal MockComponent(string name, ComponentDescription description, Func<MockStepContext, ValueTask<StepResult>> step, StepRecorder? recorder)
    {
        Name = name;
        Description = description;
        _step = step;
        _recorder = recorder;
        _lifecycle = new ComponentLifecycle(name);
        _context = new MockStepContext(this);
        _indexByRef = new int[4][];
        var counts = new int[4];
        foreach (var type in new[] { VariableType.Real, VariableType.Integer, VariableType.Boolean, VariableType.String })
        {
            var ofType = description.Variables.Where(v => v.Type == type).ToArray();
            var map = new int[ofType.Length == 0 ? 0 : (int)ofType.Max(v => v.Reference) + 1];
            Array.Fill(map, -1);
            for (var i = 0; i < ofType.Length; i++)
            {
                map[ofType[i].Reference] = i;
            }

            _indexByRef[(int)type] = map;
            counts[(int)type] = ofType.Length;
        }

        _values = new MockValues(new double[counts[0]], new long[counts[1]], new bool[counts[2]], new string[counts[3]], 0);
        foreach (var v in description.Variables)
        {
            var i = _indexByRef[(int)v.Type][v.Reference];
            switch (v.Type)
            {
                case VariableType.Real: _values.Reals[i] = v.StartReal ?? 0.0; break;
                case VariableType.Integer: _values.Integers[i] = v.StartInteger ?? 0; break;
                case VariableType.Boolean: _values.Booleans[i] = v.StartBoolean ?? false; break;
                case VariableType.String: _values.Strings[i] = v.StartString ?? string.Empty; break;
                default: break;
            }
        }

        _realInputs = description.Variables.Where(v => v.Type == VariableType.Real && v.Causality == VariableCausality.Input).ToArray();
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public ComponentDescription Description { get; }

    /// <summary>Current lifecycle state.</summary>
    public ComponentLifecycleState State => _lifecycle.State;

    /// <summary>Number of accepted steps (restored with the state).</summary>
    public long StepCount => _values.StepCount;

    /// <summary>How many times <see cref="SaveState"/> was called.</summary>
    public int SaveCount { get; private set; }

    /// <summary>How many times <see cref="RestoreState"/> was called.</summary>
    public int RestoreCount { get; private set; }

    /// <inheritdoc />
    public void Setup(SimulationTime startTime, SimulationTime? stopTime, TimeResolution resolution) =>
        _lifecycle.Transition(nameof(Setup), ComponentLifecycleState.SetUp, ComponentLifecycleState.Instantiated);

    /// <inheritdoc />
    public void EnterInitialization() =>
        _lifecycle.Transition(nameof(EnterInitialization), ComponentLifecycleState.Initializing, ComponentLifecycleState.SetUp);

    /// <inheritdoc />
    public void ExitInitialization() =>
        _lifecycle.Transition(nameof(ExitInitialization), ComponentLifecycleState.Stepping, ComponentLifecycleState.Initializing);

    /// <inheritdoc />
    public async ValueTask<StepResult> StepAsync(SimulationTime currentTime, SimulationDuration stepSize, CancellationToken cancellationToken)
    {
        _lifecycle.Require(nameof(StepAsync), ComponentLifecycleState.Stepping);
        _recorder?.Record(new RecordedStep(Name, currentTime, stepSize, SnapshotInputs()));
        _context.Time = currentTime;
        _context.StepSize = stepSize;
        _context.CancellationToken = cancellationToken;
        var result = await _step(_context).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case StepOutcome.Accepted: _values.StepCount++; break;
            case StepOutcome.Failed: _lifecycle.Force(ComponentLifecycleState.Failed); break;
            default: break;
        }

        return result;
    }

    /// <inheritdoc />
    public void Terminate() =>
        _lifecycle.Transition(nameof(Terminate), ComponentLifecycleState.Terminated, ComponentLifecycleState.Stepping, ComponentLifecycleState.Initializing, ComponentLifecycleState.Failed);

    /// <inheritdoc />
    public ComponentState SaveState()
    {
        RequireCapability(Description.Capabilities.CanSaveState, nameof(SaveState));
        SaveCount++;
        return new MockState(Name, _values.Copy());
    }

    /// <inheritdoc />
    public void RestoreState(ComponentState state)
    {
        RequireCapability(Description.Capabilities.CanSaveState, nameof(RestoreState));
        if (state is not MockState mine || mine.OwnerName != Name)
        {
            throw new InvalidStateException(Name, nameof(RestoreState), $"given a state of '{state.OwnerName}'", "a state saved by this component");
        }

        RestoreCount++;
        _values = mine.Values.Copy();
        if (_lifecycle.State == ComponentLifecycleState.Failed)
        {
            _lifecycle.Force(ComponentLifecycleState.Stepping);
        }
    }

    /// <inheritdoc />
    public byte[] SerializeState(ComponentState state)
    {
        RequireCapability(Description.Capabilities.CanSerializeState, nameof(SerializeState));
        return ((MockState)state).Values.Serialize();
    }

    /// <inheritdoc />
    public ComponentState DeserializeState(ReadOnlySpan<byte> data)
    {
        RequireCapability(Description.Capabilities.CanSerializeState, nameof(DeserializeState));
        return new MockState(Name, MockValues.Deserialize(data));
    }

    /// <inheritdoc />
    public void GetReal(ReadOnlySpan<uint> references, Span<double> values)
    {
        var map = _indexByRef[0];
        var reals = _values.Reals;
        for (var i = 0; i < references.Length; i++)
        {
            values[i] = reals[Index(map, references[i])];
        }
    }

    /// <inheritdoc />
    public void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        var map = _indexByRef[0];
        var reals = _values.Reals;
        for (var i = 0; i < references.Length; i++)
        {
            reals[Index(map, references[i])] = values[i];
        }
    }

    /// <inheritdoc />
    public void GetInteger(ReadOnlySpan<uint> references, Span<long> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            values[i] = _values.Integers[Index(_indexByRef[1], references[i])];
        }
    }

    /// <inheritdoc />
    public void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            _values.Integers[Index(_indexByRef[1], references[i])] = values[i];
        }
    }

    /// <inheritdoc />
    public void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            values[i] = _values.Booleans[Index(_indexByRef[2], references[i])];
        }
    }

    /// <inheritdoc />
    public void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            _values.Booleans[Index(_indexByRef[2], references[i])] = values[i];
        }
    }

    /// <inheritdoc />
    public void GetString(ReadOnlySpan<uint> references, Span<string> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            values[i] = _values.Strings[Index(_indexByRef[3], references[i])];
        }
    }

    /// <inheritdoc />
    public void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            _values.Strings[Index(_indexByRef[3], references[i])] = values[i];
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lifecycle.Force(ComponentLifecycleState.Disposed);

    internal double GetRealByName(string name) => _values.Reals[IndexOf(name, VariableType.Real)];

    internal void SetRealByName(string name, double value) => _values.Reals[IndexOf(name, VariableType.Real)] = value;

    internal long GetIntegerByName(string name) => _values.Integers[IndexOf(name, VariableType.Integer)];

    internal void SetIntegerByName(string name, long value) => _values.Integers[IndexOf(name, VariableType.Integer)] = value;

    internal bool GetBooleanByName(string name) => _values.Booleans[IndexOf(name, VariableType.Boolean)];

    internal void SetBooleanByName(string name, bool value) => _values.Booleans[IndexOf(name, VariableType.Boolean)] = value;

    private int IndexOf(string name, VariableType type)
    {
        var v = Description.GetVariable(name);
        if (v.Type != type)
        {
            throw new ValidationException($"{Name}.{name}", v.Type, $"is not a {type} variable");
        }

        return _indexByRef[(int)type][v.Reference];
    }

    private int Index(int[] map, uint reference)
    {
        var i = reference < (uint)map.Length ? map[reference] : -1;
        return i >= 0 ? i : throw new NotFoundException("value reference", reference.ToString(System.Globalization.CultureInfo.InvariantCulture), $"component {Name} has no such variable of this type");
    }

    private Dictionary<string, double> SnapshotInputs()
    {
        var inputs = new Dictionary<string, double>(_realInputs.Length, StringComparer.Ordinal);
        foreach (var v in _realInputs)
        {
            inputs[v.Name] = _values.Reals[_indexByRef[0][v.Reference]];
        }

        return inputs;
    }

    private void RequireCapability(bool capable, string operation)
    {
        if (!capable)
        {
            throw new InvalidStateException(Name, operation, "a component without this capability", "components whose capabilities allow it");
        }
    }
}
