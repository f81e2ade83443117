using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Master.Observers;

/// <summary>Keeps the latest value of every Real variable of every component, read after each accepted step.</summary>
public sealed class LastValueObserver : IExecutionObserver
{
    private readonly Dictionary<string, (uint[] Refs, string[] Names, double[] Values)> _byComponent = new(StringComparer.Ordinal);

    /// <summary>Time of the values held.</summary>
    public SimulationTime Time { get; private set; }

    /// <summary>The latest value of <c>component.variable</c>.</summary>
    public double GetReal(string component, string variable)
    {
        if (!_byComponent.TryGetValue(component, out var entry))
        {
            throw new NotFoundException("component", component, "the observer has not seen it (is the execution initialised?)");
        }

        var i = Array.IndexOf(entry.Names, variable);
        return i >= 0 ? entry.Values[i] : throw new NotFoundException("variable", $"{component}.{variable}", "not a Real variable of this component");
    }

    /// <inheritdoc />
    public void OnInitialized(SimulationTime time, IReadOnlyList<IObservableComponent> components)
    {
        _byComponent.Clear();
        foreach (var c in components)
        {
            var reals = c.Description.Variables.Where(v => v.Type == VariableType.Real).ToArray();
            _byComponent[c.Name] = (reals.Select(v => v.Reference).ToArray(), reals.Select(v => v.Name).ToArray(), new double[reals.Length]);
        }

        Read(time, components);
    }

    /// <inheritdoc />
    public void OnStepCompleted(StepReport step, IReadOnlyList<IObservableComponent> components) => Read(step.EndTime, components);

    private void Read(SimulationTime time, IReadOnlyList<IObservableComponent> components)
    {
        Time = time;
        foreach (var c in components)
        {
            var (refs, _, values) = _byComponent[c.Name];
            c.GetReal(refs, values);
        }
    }
}
