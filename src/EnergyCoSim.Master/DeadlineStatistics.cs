namespace EnergyCoSim.Master;

/// <summary>Real-time deadline accounting over a run. Lateness is how far past its deadline a step completed (0 when on time).</summary>
/// <param name="Steps">Paced steps.</param>
/// <param name="Misses">Steps later than the miss tolerance.</param>
/// <param name="LatenessMean">Mean lateness over all paced steps.</param>
/// <param name="LatenessMax">Largest lateness.</param>
/// <param name="JitterP50">Median of |completion − deadline| after pacing (nearest rank).</param>
/// <param name="JitterP95">95th percentile of the same.</param>
/// <param name="JitterP99">99th percentile of the same.</param>
public sealed record DeadlineStatistics(
    long Steps,
    long Misses,
    TimeSpan LatenessMean,
    TimeSpan LatenessMax,
    TimeSpan JitterP50,
    TimeSpan JitterP95,
    TimeSpan JitterP99);
