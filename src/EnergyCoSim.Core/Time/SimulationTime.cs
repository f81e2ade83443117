namespace EnergyCoSim.Core.Time;

/// <summary>An instant of simulation time as a whole number of ticks since the start; never an accumulated double.</summary>
public readonly record struct SimulationTime(long Ticks) : IComparable<SimulationTime>
{
    /// <summary>The start of a simulation.</summary>
    public static SimulationTime Zero { get; }

    /// <summary>The largest representable time (used as "no stop time").</summary>
    public static SimulationTime MaxValue { get; } = new(long.MaxValue);

    /// <summary>Seconds since the start under <paramref name="resolution"/>.</summary>
    public double ToSeconds(TimeResolution resolution) => Ticks * resolution.SecondsPerTick;

    /// <inheritdoc />
    public int CompareTo(SimulationTime other) => Ticks.CompareTo(other.Ticks);

    public static SimulationTime operator +(SimulationTime time, SimulationDuration duration) => new(checked(time.Ticks + duration.Ticks));

    public static SimulationTime operator -(SimulationTime time, SimulationDuration duration) => new(checked(time.Ticks - duration.Ticks));

    public static SimulationDuration operator -(SimulationTime later, SimulationTime earlier) => new(checked(later.Ticks - earlier.Ticks));

    public static bool operator <(SimulationTime left, SimulationTime right) => left.Ticks < right.Ticks;

    public static bool operator >(SimulationTime left, SimulationTime right) => left.Ticks > right.Ticks;

    public static bool operator <=(SimulationTime left, SimulationTime right) => left.Ticks <= right.Ticks;

    public static bool operator >=(SimulationTime left, SimulationTime right) => left.Ticks >= right.Ticks;

    /// <inheritdoc />
    public override string ToString() => $"t={Ticks}";
}
