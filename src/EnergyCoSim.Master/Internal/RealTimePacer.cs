namespace EnergyCoSim.Master.Internal;

/// <summary>
/// Paces simulated time against an injected <see cref="TimeProvider"/>: simulated time T is due at
/// anchor + (T − start)·secondsPerTick / factor. Early steps sleep until due; late ones never sleep (soft) and the
/// lateness is recorded, so the schedule stays anchored and a late run catches up by itself.
/// </summary>
internal sealed class RealTimePacer
{
    private readonly RealTimeOptions _options;
    private readonly TimeProvider _clock;
    private readonly double _secondsPerTick;
    private readonly long _startTicks;
    private readonly List<double> _lateness = [];
    private readonly List<double> _jitter = [];
    private long _anchor;
    private bool _anchored;
    private long _misses;

    public RealTimePacer(RealTimeOptions options, TimeProvider clock, double secondsPerTick, long startTicks)
    {
        _options = options;
        _clock = clock;
        _secondsPerTick = secondsPerTick;
        _startTicks = startTicks;
    }

    /// <summary>Starts the wall clock at simulated time <paramref name="simTicks"/> (at the first step, or after a restore).</summary>
    public void Anchor(long simTicks)
    {
        // Back-date the anchor so time already simulated counts as already due.
        _anchor = _clock.GetTimestamp() - (long)((simTicks - _startTicks) * _secondsPerTick / _options.RealTimeFactor * _clock.TimestampFrequency);
        _anchored = true;
    }

    public bool IsAnchored => _anchored;

    /// <summary>Waits until <paramref name="reachedTicks"/> is due. Returns the lateness when it was a miss, else null.</summary>
    public async ValueTask<TimeSpan?> PaceAsync(long reachedTicks, CancellationToken ct)
    {
        var due = TimeSpan.FromSeconds((reachedTicks - _startTicks) * _secondsPerTick / _options.RealTimeFactor);
        var elapsed = _clock.GetElapsedTime(_anchor);
        var lateness = elapsed - due;
        if (lateness < TimeSpan.Zero)
        {
            await Task.Delay(-lateness, _clock, ct).ConfigureAwait(false);
            elapsed = _clock.GetElapsedTime(_anchor);
            _lateness.Add(0);
            _jitter.Add(Math.Abs((elapsed - due).TotalSeconds));
            return null;
        }

        _lateness.Add(lateness.TotalSeconds);
        _jitter.Add(lateness.TotalSeconds);
        if (lateness > _options.MissTolerance)
        {
            _misses++;
            return lateness;
        }

        return null;
    }

    public DeadlineStatistics Statistics()
    {
        var n = _lateness.Count;
        var sorted = _jitter.Order().ToArray();
        return new DeadlineStatistics(
            n,
            _misses,
            TimeSpan.FromSeconds(n == 0 ? 0 : _lateness.Average()),
            TimeSpan.FromSeconds(n == 0 ? 0 : _lateness.Max()),
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            Percentile(sorted, 0.99));
    }

    // Nearest rank: the smallest sample with at least p of the samples at or below it.
    private static TimeSpan Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)]);
}
