using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Environments;

/// <summary>
/// The local energy market environment as trainers see it: the environment itself plus the per-episode market
/// metrics of the learning curve (mean clearing price in USD/MWh and the P2P share of traded energy).
/// </summary>
public sealed class MarketTrainingEnvironment : IMultiAgentEnvironment, IEpisodeMetricsSource
{
    private static readonly string[] Names = ["clearing_price_usd_per_mwh", "p2p_share"];
    private readonly LocalEnergyMarketEnvironment _inner;

    /// <summary>Builds a training environment of <paramref name="scenario"/> (history kept for the metrics, ledger as the scenario says).</summary>
    public MarketTrainingEnvironment(CompiledScenario scenario) => _inner = new LocalEnergyMarketEnvironment(scenario);

    /// <summary>The wrapped environment.</summary>
    public LocalEnergyMarketEnvironment Inner => _inner;

    /// <inheritdoc />
    public IReadOnlyList<string> AgentIds => _inner.AgentIds;

    /// <inheritdoc />
    public int ObservationSize => _inner.ObservationSize;

    /// <inheritdoc />
    public IReadOnlyList<ActionBox> ActionBoxes => _inner.ActionBoxes;

    /// <inheritdoc />
    public int MaxSteps => _inner.MaxSteps;

    /// <inheritdoc />
    public IReadOnlyList<string> MetricNames => Names;

    /// <inheritdoc />
    public void Reset(long episode, Span<float> observations) => _inner.Reset(episode, observations);

    /// <inheritdoc />
    public bool Step(ReadOnlySpan<float> actions, Span<float> observations, Span<double> rewards) => _inner.Step(actions, observations, rewards);

    /// <inheritdoc />
    public void WriteEpisodeMetrics(Span<double> values)
    {
        var history = _inner.MarketHistory;
        var p2p = history.Sum(h => h.P2PVolume);
        var all = p2p + history.Sum(h => h.DsoTotalVolume);
        values[0] = history.Count == 0 ? 0 : history.Average(h => h.ClearingPrice);
        values[1] = all > 0 ? p2p / all : 0;
    }
}
