namespace EnergyCoSim.Core.Time;

/// <summary>Length of one simulation tick, in whole nanoseconds (1 s by default), so that tick arithmetic stays exact.</summary>
public readonly record struct TimeResolution
{
    /// <summary>Creates a resolution of <paramref name="nanosecondsPerTick"/> ns per tick (must be positive).</summary>
    public TimeResolution(long nanosecondsPerTick)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nanosecondsPerTick);
        NanosecondsPerTick = nanosecondsPerTick;
    }

    /// <summary>Nanoseconds per tick.</summary>
    public long NanosecondsPerTick { get; }

    /// <summary>Seconds per tick (for display and for protocols that use floating seconds, e.g. mosaik).</summary>
    public double SecondsPerTick => NanosecondsPerTick / 1e9;

    /// <summary>One tick per second.</summary>
    public static TimeResolution Second { get; } = new(1_000_000_000L);

    /// <summary>One tick per millisecond.</summary>
    public static TimeResolution Millisecond { get; } = new(1_000_000L);

    /// <summary>Builds a resolution from floating seconds per tick, rounded to the nanosecond.</summary>
    public static TimeResolution FromSeconds(double secondsPerTick)
    {
        if (!double.IsFinite(secondsPerTick) || secondsPerTick < 1e-9)
        {
            throw new ArgumentOutOfRangeException(nameof(secondsPerTick), secondsPerTick, "must be a finite number of seconds ≥ 1e-9");
        }

        return new TimeResolution(checked((long)Math.Round(secondsPerTick * 1e9)));
    }

    /// <summary>Number of whole ticks in <paramref name="span"/>; throws if the span is not a whole number of ticks.</summary>
    public long TicksIn(TimeSpan span)
    {
        var ns = checked(span.Ticks * 100L);
        if (ns % NanosecondsPerTick != 0)
        {
            throw new ArgumentException($"{span} is not a whole number of {NanosecondsPerTick} ns ticks", nameof(span));
        }

        return ns / NanosecondsPerTick;
    }

    /// <summary>Converts a tick count to a <see cref="TimeSpan"/> (100 ns granularity).</summary>
    public TimeSpan ToTimeSpan(long ticks) => TimeSpan.FromTicks(checked(ticks * NanosecondsPerTick) / 100L);

    /// <inheritdoc />
    public override string ToString() => $"{SecondsPerTick:G} s/tick";
}
