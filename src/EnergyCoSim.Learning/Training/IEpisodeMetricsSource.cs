namespace EnergyCoSim.Learning.Training;

/// <summary>
/// Optional interface of an environment that reports extra per-episode metrics (e.g. mean clearing price, P2P share);
/// trainers average them per iteration into the learning curve.
/// </summary>
public interface IEpisodeMetricsSource
{
    /// <summary>Metric names, fixed for the environment's lifetime (CSV column names).</summary>
    IReadOnlyList<string> MetricNames { get; }

    /// <summary>Writes the metrics of the episode that just ended, one value per name.</summary>
    void WriteEpisodeMetrics(Span<double> values);
}
