using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Master.Manipulators;

/// <summary>
/// A variable change at a given time (a line out of service, a price shock, a battery failure). Exactly one of
/// <see cref="RealValue"/>, <see cref="IntegerValue"/>, <see cref="BooleanValue"/> is set.
/// </summary>
/// <param name="At">When it happens; applied at the first macro step starting at or after this time.</param>
/// <param name="Target">The variable to set.</param>
/// <param name="Label">What the event means, for reports.</param>
public sealed record ScheduledEvent(SimulationTime At, VariableAddress Target, string Label)
{
    /// <summary>New Real value.</summary>
    public double? RealValue { get; init; }

    /// <summary>New Integer value.</summary>
    public long? IntegerValue { get; init; }

    /// <summary>New Boolean value.</summary>
    public bool? BooleanValue { get; init; }

    /// <summary>Sets a Real variable (e.g. a price shock).</summary>
    public static ScheduledEvent SetReal(SimulationTime at, string target, double value, string? label = null) =>
        new(at, VariableAddress.Parse(target), label ?? $"{target} := {value}") { RealValue = value };

    /// <summary>Sets an Integer variable.</summary>
    public static ScheduledEvent SetInteger(SimulationTime at, string target, long value, string? label = null) =>
        new(at, VariableAddress.Parse(target), label ?? $"{target} := {value}") { IntegerValue = value };

    /// <summary>Sets a Boolean variable (e.g. a line's in-service flag).</summary>
    public static ScheduledEvent SetBoolean(SimulationTime at, string target, bool value, string? label = null) =>
        new(at, VariableAddress.Parse(target), label ?? $"{target} := {value}") { BooleanValue = value };
}
