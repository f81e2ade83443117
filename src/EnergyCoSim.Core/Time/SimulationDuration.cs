namespace EnergyCoSim.Core.Time;

/// <summary>A span of simulation time in whole ticks (a step size, a market interval).</summary>
public readonly record struct SimulationDuration(long Ticks) : IComparable<SimulationDuration>
{
    /// <summary>No time.</summary>
    public static SimulationDuration Zero { get; }

    /// <summary>True when the duration is strictly positive.</summary>
    public bool IsPositive => Ticks > 0;

    /// <summary>Hours under <paramref name="resolution"/> (for kW ↔ kWh conversions).</summary>
    public double ToHours(TimeResolution resolution) => Ticks * resolution.SecondsPerTick / 3600.0;

    /// <summary>Seconds under <paramref name="resolution"/>.</summary>
    public double ToSeconds(TimeResolution resolution) => Ticks * resolution.SecondsPerTick;

    /// <summary>Builds a duration from a <see cref="TimeSpan"/> that is a whole number of ticks.</summary>
    public static SimulationDuration From(TimeSpan span, TimeResolution resolution) => new(resolution.TicksIn(span));

    /// <inheritdoc />
    public int CompareTo(SimulationDuration other) => Ticks.CompareTo(other.Ticks);

    public static SimulationDuration operator +(SimulationDuration left, SimulationDuration right) => new(checked(left.Ticks + right.Ticks));

    public static SimulationDuration operator -(SimulationDuration left, SimulationDuration right) => new(checked(left.Ticks - right.Ticks));

    public static SimulationDuration operator *(SimulationDuration duration, long factor) => new(checked(duration.Ticks * factor));

    public static bool operator <(SimulationDuration left, SimulationDuration right) => left.Ticks < right.Ticks;

    public static bool operator >(SimulationDuration left, SimulationDuration right) => left.Ticks > right.Ticks;

    public static bool operator <=(SimulationDuration left, SimulationDuration right) => left.Ticks <= right.Ticks;

    public static bool operator >=(SimulationDuration left, SimulationDuration right) => left.Ticks >= right.Ticks;

    /// <inheritdoc />
    public override string ToString() => $"{Ticks} ticks";
}
