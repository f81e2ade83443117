using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Master.Manipulators;

/// <summary>
/// Applies <see cref="ScheduledEvent"/>s through the write view. An event is applied before every attempt of the first
/// step starting at or after its time, and counts as done once that step is accepted (so a rollback re-applies it).
/// Target variables should not also be fed by a connection: the connection would overwrite them on the next step.
/// </summary>
public sealed class ScheduledEventManipulator : IExecutionManipulator
{
    private readonly ScheduledEvent[] _events;
    private int _done;
    private int _applied;

    /// <summary>Creates the manipulator; events are sorted by time (stable for equal times).</summary>
    public ScheduledEventManipulator(IEnumerable<ScheduledEvent> events)
    {
        _events = events.OrderBy(e => e.At.Ticks).ToArray();
        foreach (var e in _events)
        {
            var count = (e.RealValue.HasValue ? 1 : 0) + (e.IntegerValue.HasValue ? 1 : 0) + (e.BooleanValue.HasValue ? 1 : 0);
            if (count != 1)
            {
                throw new ValidationException($"events[{e.Label}]", count, "must set exactly one of real_value, integer_value, boolean_value");
            }
        }
    }

    /// <summary>Events applied in accepted steps so far, in order.</summary>
    public IReadOnlyList<ScheduledEvent> Fired => _events[.._done];

    /// <inheritdoc />
    public void BeforeStep(SimulationTime time, IReadOnlyDictionary<string, IManipulableComponent> components)
    {
        _applied = _done;
        while (_applied < _events.Length && _events[_applied].At <= time)
        {
            Apply(_events[_applied], components);
            _applied++;
        }
    }

    /// <inheritdoc />
    public void OnStepAccepted(StepReport step) => _done = _applied;

    /// <inheritdoc />
    public void OnRestored(SimulationTime time)
    {
        // Events strictly before the restored time were applied in steps the checkpoint already contains.
        _done = 0;
        while (_done < _events.Length && _events[_done].At < time)
        {
            _done++;
        }

        _applied = _done;
    }

    /// <inheritdoc />
    public SimulationTime? NextEventAfter(SimulationTime time)
    {
        foreach (var e in _events.AsSpan(_done))
        {
            if (e.At > time)
            {
                return e.At;
            }
        }

        return null;
    }

    private static void Apply(ScheduledEvent e, IReadOnlyDictionary<string, IManipulableComponent> components)
    {
        if (!components.TryGetValue(e.Target.Component, out var c) || !c.Description.TryGetVariable(e.Target.Variable, out var v))
        {
            throw new NotFoundException("variable", e.Target.ToString(), $"scheduled event '{e.Label}' targets no variable of this execution");
        }

        ReadOnlySpan<uint> reference = [v.Reference];
        if (e.RealValue is { } r)
        {
            c.SetReal(reference, [r]);
        }
        else if (e.IntegerValue is { } i)
        {
            c.SetInteger(reference, [i]);
        }
        else if (e.BooleanValue is { } b)
        {
            c.SetBoolean(reference, [b]);
        }
    }
}
