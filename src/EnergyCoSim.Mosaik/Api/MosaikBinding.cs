using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Mosaik.Api;

/// <summary>The component behind the entities, its step size and the attribute ↔ value reference map.</summary>
public sealed class MosaikBinding
{
    private readonly Dictionary<string, Dictionary<string, VariableDescription>> _map = new(StringComparer.Ordinal);

    /// <summary>Creates the binding; each (eid, attr) pair must appear once and the step size must be positive.</summary>
    public MosaikBinding(ICoSimComponent component, SimulationDuration stepSize, IEnumerable<MosaikAttributeBinding> attributes)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(attributes);
        if (!stepSize.IsPositive)
        {
            throw new ValidationException("step_size", stepSize.Ticks, "must be a positive number of ticks");
        }

        Component = component;
        StepSize = stepSize;
        foreach (var a in attributes)
        {
            if (!_map.TryGetValue(a.Eid, out var attrs))
            {
                attrs = new Dictionary<string, VariableDescription>(StringComparer.Ordinal);
                _map.Add(a.Eid, attrs);
            }

            if (!attrs.TryAdd(a.Attr, a.Variable))
            {
                throw new ValidationException($"binding[{a.Eid}].{a.Attr}", a.Attr, "is bound twice");
            }
        }
    }

    /// <summary>The component stepped for all entities.</summary>
    public ICoSimComponent Component { get; }

    /// <summary>Ticks advanced per mosaik step (e.g. the market interval).</summary>
    public SimulationDuration StepSize { get; }

    /// <summary>Number of entities with at least one attribute.</summary>
    public int EntityCount => _map.Count;

    /// <summary>The variable behind <paramref name="eid"/>.<paramref name="attr"/>, or a <see cref="NotFoundException"/> naming what is missing.</summary>
    public VariableDescription GetVariable(string eid, string attr)
    {
        if (!_map.TryGetValue(eid, out var attrs))
        {
            throw new NotFoundException("entity", eid, "it was not created in this simulator");
        }

        return attrs.TryGetValue(attr, out var v)
            ? v
            : throw new NotFoundException("attribute", $"{eid}.{attr}", $"known: {string.Join(", ", attrs.Keys)}");
    }
}
