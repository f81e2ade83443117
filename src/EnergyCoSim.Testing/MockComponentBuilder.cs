using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Testing;

/// <summary>
/// Fluent builder of a <see cref="MockComponent"/>: declare variables (references are assigned in declaration
/// order per type), a step function and capabilities (all on by default).
/// </summary>
public sealed class MockComponentBuilder
{
    private readonly string _name;
    private readonly List<VariableDescription> _variables = [];
    private readonly uint[] _nextReference = new uint[5];
    private Func<MockStepContext, ValueTask<StepResult>> _step = static _ => ValueTask.FromResult(StepResult.Accepted);
    private ComponentCapabilities _capabilities = ComponentCapabilities.Full;
    private StepRecorder? _recorder;
    private string _typeName = "Mock";

    /// <summary>Starts a mock named <paramref name="name"/>.</summary>
    public MockComponentBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
    }

    /// <summary>Declares a Real input with an optional unit and start value.</summary>
    public MockComponentBuilder RealInput(string name, string? unit = null, double start = 0.0) => Real(name, VariableCausality.Input, unit, start);

    /// <summary>Declares a Real output with an optional unit and start value.</summary>
    public MockComponentBuilder RealOutput(string name, string? unit = null, double start = 0.0) => Real(name, VariableCausality.Output, unit, start);

    /// <summary>Declares a Real local (internal state, observable).</summary>
    public MockComponentBuilder RealLocal(string name, string? unit = null, double start = 0.0) => Real(name, VariableCausality.Local, unit, start);

    /// <summary>Declares a Real variable of any causality.</summary>
    public MockComponentBuilder Real(string name, VariableCausality causality, string? unit = null, double start = 0.0)
    {
        _variables.Add(new VariableDescription(_nextReference[(int)VariableType.Real]++, name, VariableType.Real, causality, VariableVariability.Continuous, unit) { StartReal = start });
        return this;
    }

    /// <summary>Declares an Integer variable.</summary>
    public MockComponentBuilder Integer(string name, VariableCausality causality, long start = 0)
    {
        _variables.Add(new VariableDescription(_nextReference[(int)VariableType.Integer]++, name, VariableType.Integer, causality, VariableVariability.Discrete) { StartInteger = start });
        return this;
    }

    /// <summary>Declares a Boolean variable (e.g. a line's in-service flag).</summary>
    public MockComponentBuilder Boolean(string name, VariableCausality causality, bool start = false)
    {
        _variables.Add(new VariableDescription(_nextReference[(int)VariableType.Boolean]++, name, VariableType.Boolean, causality, VariableVariability.Discrete) { StartBoolean = start });
        return this;
    }

    /// <summary>Sets a synchronous step function (it may read inputs and write outputs through the context).</summary>
    public MockComponentBuilder OnStep(Func<MockStepContext, StepResult> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _step = ctx => ValueTask.FromResult(step(ctx));
        return this;
    }

    /// <summary>Sets a synchronous step function that always accepts.</summary>
    public MockComponentBuilder OnStep(Action<MockStepContext> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _step = ctx =>
        {
            step(ctx);
            return ValueTask.FromResult(StepResult.Accepted);
        };
        return this;
    }

    /// <summary>Sets an asynchronous step function (remote solvers, hanging components for watchdog tests).</summary>
    public MockComponentBuilder OnStepAsync(Func<MockStepContext, ValueTask<StepResult>> step)
    {
        _step = step ?? throw new ArgumentNullException(nameof(step));
        return this;
    }

    /// <summary>Overrides the capabilities (default: <see cref="ComponentCapabilities.Full"/>).</summary>
    public MockComponentBuilder WithCapabilities(ComponentCapabilities capabilities)
    {
        _capabilities = capabilities ?? throw new ArgumentNullException(nameof(capabilities));
        return this;
    }

    /// <summary>Sets the type name reported in the description.</summary>
    public MockComponentBuilder WithTypeName(string typeName)
    {
        _typeName = typeName;
        return this;
    }

    /// <summary>Records every step into <paramref name="recorder"/>.</summary>
    public MockComponentBuilder RecordTo(StepRecorder recorder)
    {
        _recorder = recorder;
        return this;
    }

    /// <summary>Builds the component (validates the variable list).</summary>
    public MockComponent Build() => new(_name, new ComponentDescription(_typeName, _variables.ToArray(), _capabilities), _step, _recorder);
}
