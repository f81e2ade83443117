using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Analytics;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Simulation.Running;

/// <summary>
/// Runs a scenario's episodes with one strategy for every agent and gathers the results: the records of every
/// step, the case study's storage descriptors and performance table, and the §9 metric sets of the last episode.
/// Strategy draws come from streams ("strategy", agent id, episode), so a run repeats bit for bit.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>Runs <paramref name="episodes"/> episodes of <paramref name="scenario"/>.</summary>
    public static ScenarioResult Run(
        CompiledScenario scenario,
        IAgentStrategy strategy,
        int? episodes = null,
        EnvironmentOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var env = new LocalEnergyMarketEnvironment(scenario, options);
        var doc = scenario.Document;
        var count = episodes ?? doc.Episodes;
        var n = env.AgentIds.Count;
        var obs = new float[n * env.ObservationSize];
        var actions = new float[n * ActionBox.Size];
        var rewards = new double[n];
        var results = new List<EpisodeResult>(count);
        var stepsDone = 0;
        for (var e = 0; e < count; e++)
        {
            env.Reset(e, obs);
            var random = env.AgentIds.Select(id => scenario.Streams.For("strategy", id, e)).ToArray();
            var meanUtility = Enumerable.Range(0, env.MaxSteps).Average(t => env.Dso.UtilityPrice(t).Value);
            double episodeReward = 0;
            var done = false;
            while (!done)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Decide(env, strategy, obs, actions, random, meanUtility);
                done = env.Step(actions, obs, rewards);
                episodeReward += rewards.Sum();
                progress?.Report(new RunProgress(doc.Name ?? "scenario", ++stepsDone, count * env.MaxSteps, e, episodeReward));
            }

            results.Add(new EpisodeResult(doc.Name ?? "scenario", e, env.MarketHistory.ToArray(), env.AgentHistory.ToArray()));
        }

        return Summarize(scenario, env, strategy.Name, results);
    }

    /// <summary>Writes every agent's action for the coming interval, decided by <paramref name="strategy"/> (agents in index order).</summary>
    public static void Decide(LocalEnergyMarketEnvironment env, IAgentStrategy strategy, ReadOnlyMemory<float> obs, Span<float> actions, IReadOnlyList<RandomStream> random, double meanUtility)
    {
        var t = env.CurrentStep;
        var size = env.ObservationSize;
        for (var i = 0; i < env.Agents.Count; i++)
        {
            var agent = env.Agents[i];
            var context = new AgentDecisionContext
            {
                AgentId = agent.Id,
                AgentIndex = i,
                Step = t,
                MaxSteps = env.MaxSteps,
                Box = env.ActionBoxes[i],
                Observation = obs.Slice(i * size, size),
                GenerationKWh = agent.Generation[t].Value,
                DemandKWh = agent.Demand[t].Value,
                AvailableChargeKWh = agent.Battery?.AvailableCharge.Value ?? 0,
                AvailableDischargeKWh = agent.Battery?.AvailableDischarge.Value ?? 0,
                FeedInTariff = env.Dso.FeedInTariff(t).Value,
                UtilityPrice = env.Dso.UtilityPrice(t).Value,
                MeanUtilityPrice = meanUtility,
                Random = random[i],
            };
            strategy.Decide(context).CopyTo(actions.Slice(i * ActionBox.Size, ActionBox.Size));
        }
    }

    /// <summary>
    /// The result of <paramref name="episodes"/> run in <paramref name="env"/> (at least one): storage descriptors,
    /// performance table and the §9 metric sets of the last episode. Also used for a coupled run's market side.
    /// </summary>
    public static ScenarioResult Summarize(CompiledScenario scenario, LocalEnergyMarketEnvironment env, string strategy, IReadOnlyList<EpisodeResult> episodes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(episodes);
        if (episodes.Count == 0)
        {
            throw new Core.Errors.ValidationException("episodes", 0, "at least one episode is needed to summarise a run");
        }

        var capacity = scenario.GridCapacityKW;
        var last = episodes[^1];
        var lastRewards = env.AgentIds.ToDictionary(
            id => id,
            id => (IReadOnlyList<double>)last.AgentSteps.Where(a => a.AgentId == id).Select(a => a.Reward).ToArray(),
            StringComparer.Ordinal);
        var edges = env.Topology.Edges();
        var flow = edges.Sum(e => env.Topology.EdgeFlowKW(e.From, e.To));
        var edgeCapacity = edges.Sum(e => env.Topology.EdgeCapacityKW(e.From, e.To));
        return new ScenarioResult
        {
            Scenario = scenario.Document.Name ?? "scenario",
            Seed = scenario.Document.Seed,
            Strategy = strategy,
            GridCapacityKW = capacity,
            Episodes = episodes,
            Storage = StorageDescriptors.Compute(scenario.Agents.Select(a => new StorageDescriptors.AgentStorage(
                a.Spec.Capacity.Value,
                a.Spec.Battery?.NominalCapacity.Value,
                a.Spec.Battery?.ChargeEfficiency ?? 0,
                a.Spec.Battery is { } b ? b.MaxSoc - b.MinSoc : 0)).ToArray()),
            Performance = PerformanceSummaryCalculator.Compute(episodes),
            Coordination = CoordinationMetricsCalculator.Compute(last.MarketSteps, lastRewards, capacity),
            Dso = DsoMetricsCalculator.Compute(last.MarketSteps, capacity),
            Grid = GridMetricsCalculator.Compute(last.MarketSteps, capacity, edgeCapacity > 0 ? flow / edgeCapacity : 0),
            Market = MarketMetricsCalculator.Compute(last.MarketSteps, lastRewards),
            Settings = Settings(scenario),
        };
    }

    /// <summary>The scenario settings the report lists beside the results (names as in the scenario file).</summary>
    private static KeyValuePair<string, string>[] Settings(CompiledScenario scenario)
    {
        var d = scenario.Document;
        var m = d.Market;
        string F(double v) => v.ToString("G", System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new("seed", d.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("episodes × max_steps", $"{d.Episodes} × {d.MaxSteps}"),
            d.MarketIntervalSeconds is { } seconds
                ? new("market_interval_seconds", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : new("market_interval_minutes", d.MarketIntervalMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("agents", scenario.Agents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("mechanism", m.Mechanism + (m.Mechanism == "bid_ask_spread" ? $" (k = {F(m.BidAskFactor)})" : string.Empty)),
            new("prices (USD/MWh)", $"{F(m.MinPrice)}–{F(m.MaxPrice)}"),
            new("quantities (kWh)", $"{F(m.MinQuantity)}–{F(m.MaxQuantity)}"),
            new("partner_preference", m.PartnerPreference ? "on" : "off"),
            new("grid", $"{d.Grid.Topology}, {scenario.NodeCount} nodes, {F(scenario.GridCapacityKW)} kW"),
            new("dso tariffs", $"feed-in {d.Dso.FeedIn.Source}, utility {d.Dso.Utility.Source}{(d.Dso.ResetEachEpisode ? ", redrawn every episode" : string.Empty)}"),
            new("ledger", m.Ledger ? $"on (difficulty {m.BlockchainDifficulty})" : "off"),
        ];
    }
}
