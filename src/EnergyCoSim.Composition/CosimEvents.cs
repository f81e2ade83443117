using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master;
using EnergyCoSim.Master.Manipulators;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Composition;

/// <summary>The <c>cosim.events</c> list: checked field by field, then turned into the master's scheduled events.</summary>
internal static class CosimEvents
{
    /// <summary>Checks what can be checked before the components exist (interval range, target form, value).</summary>
    public static void Validate(IReadOnlyList<EventSection> events, int steps, List<FieldViolation> problems)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.AtInterval < 0 || e.AtInterval >= steps)
            {
                problems.Add(new FieldViolation($"cosim.events[{i}].at_interval", FieldViolation.Render(e.AtInterval), $"must be an interval of the run, 0 to {steps - 1}"));
            }

            var dot = e.Target.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || dot == e.Target.Length - 1)
            {
                problems.Add(new FieldViolation($"cosim.events[{i}].target", e.Target, "must be component.variable, e.g. grid.branch_7_8.in_service"));
            }

            if (!double.IsFinite(e.Value))
            {
                problems.Add(new FieldViolation($"cosim.events[{i}].value", FieldViolation.Render(e.Value), "must be a finite number"));
            }
        }
    }

    /// <summary>The manipulator applying <paramref name="events"/> at the start of their intervals.</summary>
    public static ScheduledEventManipulator Manipulator(IReadOnlyList<EventSection> events, SimulationDuration interval) =>
        new(events.Select(e => ScheduledEvent.SetReal(new SimulationTime(interval.Ticks * e.AtInterval), e.Target, e.Value, e.Label)));

    /// <summary>Every event target must be a Real input of a component of <paramref name="execution"/>.</summary>
    public static void CheckTargets(IReadOnlyList<EventSection> events, Execution execution, List<FieldViolation> problems)
    {
        var components = execution.Components.ToDictionary(c => c.Name, StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var address = VariableAddress.Parse(events[i].Target);
            if (!components.TryGetValue(address.Component, out var component))
            {
                problems.Add(new FieldViolation($"cosim.events[{i}].target", events[i].Target, $"names no component; known: {string.Join(", ", components.Keys)}"));
            }
            else if (!component.Description.TryGetVariable(address.Variable, out var variable))
            {
                problems.Add(new FieldViolation($"cosim.events[{i}].target", events[i].Target, $"component '{address.Component}' has no such variable"));
            }
            else if (variable.Causality != VariableCausality.Input || variable.Type != VariableType.Real)
            {
                problems.Add(new FieldViolation($"cosim.events[{i}].target", events[i].Target, "must be a Real input"));
            }
        }
    }
}
