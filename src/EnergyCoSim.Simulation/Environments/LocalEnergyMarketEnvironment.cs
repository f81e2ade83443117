using EnergyCoSim.Agents.Prosumers;
using EnergyCoSim.Core.Collections;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Grid.Topology;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Ledger;
using EnergyCoSim.Market.Matching;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Reputation;
using EnergyCoSim.Simulation.Analytics;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Simulation.Environments;

/// <summary>
/// The local energy market environment (spec §8.5) with decisions.md's corrections: an episode has exactly
/// <c>max_steps</c> steps, every agent draws from its own streams, profile shaping is re-applied at every reset,
/// the grid balance counts every DSO trade (per interval), and the terminal penalty fires on the last step.
/// </summary>
public sealed partial class LocalEnergyMarketEnvironment : IMultiAgentEnvironment
{
    private readonly CompiledScenario _scenario;
    private readonly EnvironmentOptions _options;
    private Market.Configuration.MarketConfig _matcherConfig;
    private readonly ProsumerAgent[] _agents;
    private readonly string[] _ids;
    private readonly Dictionary<string, int> _indexOf;
    private readonly GridNetworkTopology _topology;
    private readonly ReputationHandler _reputation;
    private readonly ActionBox[] _boxes;
    private readonly ObservationLayout[] _layouts;
    private readonly Dictionary<string, double> _reputations;
    private readonly double[] _reputationVector;
    private readonly double[] _previousPositions;
    private readonly List<Trade>[] _agentTrades;
    private readonly RandomStream[] _orderStreams;
    private readonly RandomStream[] _partnerStreams;
    private readonly RollbackList<double> _clearingPrices = new("clearing prices");
    private readonly RollbackList<double> _clearingVolumes = new("clearing volumes");
    private readonly RollbackList<MarketStepRecord> _marketHistory = new("market history");
    private readonly RollbackList<AgentStepRecord> _agentHistory = new("agent history");
    private readonly Dictionary<string, RollbackList<double>> _rewardHistory;
    private MarketStepRecord? _lastRecord;
    private CooperationKpis? _lastKpis;
    private DsoAgent _dso = null!;
    private OrderMatcher _matcher = null!;
    private ITradeRecorder? _recorder;
    private int _step;
    private long _episode = -1;
    private bool _done = true;

    /// <summary>Builds the environment of a compiled scenario; agents are placed on the grid once, here.</summary>
    public LocalEnergyMarketEnvironment(CompiledScenario scenario, EnvironmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        _options = options ?? EnvironmentOptions.Default;
        var doc = scenario.Document;
        var n = scenario.Agents.Count;
        var mc = scenario.Market;
        _matcherConfig = _options.DistanceLosses
            ? mc
            : new Market.Configuration.MarketConfig(
                mc.MinPrice.Value, mc.MaxPrice.Value, mc.MinQuantity.Value, mc.MaxQuantity.Value, mc.Mechanism, mc.BidAskFactor, 0,
                mc.BuyerFeeShare, mc.FilledThreshold.Value, mc.EnablePartnerPreference, mc.LedgerDifficulty);
        _topology = new GridNetworkTopology(scenario.TopologyKind, scenario.NodeCount, scenario.GridCapacityKW, scenario.GridSeed, _options.DistanceLosses ? scenario.Market.LossFactor : 0);
        var placement = _topology.AssignAgents(
            scenario.Agents.Select(a => new AgentNodeRequest(a.Spec.Id, a.PinnedNode)).ToArray(),
            scenario.Streams.For("placement"));
        _agents = scenario.Agents
            .Select(a => new ProsumerAgent(
                new ProsumerAgentSpec(a.Spec.Id, a.Spec.Capacity, placement[a.Spec.Id].NodeId, a.Spec.Battery, a.Spec.Generation, a.Spec.Demand),
                scenario.MarketInterval))
            .ToArray();
        _ids = _agents.Select(a => a.Id).ToArray();
        _indexOf = _ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        _reputation = new ReputationHandler(dsoId: doc.Dso.Id);
        _reputations = new Dictionary<string, double>(n, StringComparer.Ordinal);
        _reputationVector = new double[n];
        _previousPositions = new double[n];
        _agentTrades = Enumerable.Range(0, n).Select(_ => new List<Trade>()).ToArray();
        _orderStreams = new RandomStream[n];
        _partnerStreams = new RandomStream[n];
        _rewardHistory = _ids.ToDictionary(id => id, id => new RollbackList<double>($"rewards of {id}"), StringComparer.Ordinal);
        RewardHistory = _rewardHistory.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double>)kv.Value, StringComparer.Ordinal);

        // Action and observation bounds come from the first episode's profiles and stay fixed (as in MARLEM).
        var m = scenario.Market;
        _boxes = new ActionBox[n];
        _layouts = new ObservationLayout[n];
        for (var i = 0; i < n; i++)
        {
            var agent = _agents[i];
            agent.Reset(scenario.Streams, 0, doc.MaxSteps, 0.5);
            var peakDemand = agent.Demand.Values.DefaultIfEmpty(0).Max();
            _boxes[i] = ActionBox.For(m.MinPrice.Value, m.MaxPrice.Value, m.MinQuantity.Value, m.MaxQuantity.Value, agent.Spec.Capacity.Value, peakDemand, n);
            _layouts[i] = new ObservationLayout(new ObservationBoundsInput(
                n, doc.MaxSteps, m.MinPrice.Value, m.MaxPrice.Value, m.MinQuantity.Value, m.MaxQuantity.Value,
                scenario.GridCapacityKW, agent.Spec.Capacity.Value, agent.Spec.Battery?.NominalCapacity.Value ?? 0, m.EnablePartnerPreference));
        }

        ObservationSize = _layouts[0].Size;
    }

    /// <summary>Compiles and builds the environment of a scenario document.</summary>
    public static LocalEnergyMarketEnvironment FromScenario(ScenarioDocument scenario, EnvironmentOptions? options = null) =>
        new(ScenarioCompiler.Compile(scenario), options);

    /// <inheritdoc />
    public IReadOnlyList<string> AgentIds => _ids;

    /// <inheritdoc />
    public int ObservationSize { get; }

    /// <inheritdoc />
    public IReadOnlyList<ActionBox> ActionBoxes => _boxes;

    /// <summary>Observation bounds per agent.</summary>
    public IReadOnlyList<ObservationLayout> ObservationLayouts => _layouts;

    /// <inheritdoc />
    public int MaxSteps => _scenario.Document.MaxSteps;

    /// <summary>The compiled scenario.</summary>
    public CompiledScenario Scenario => _scenario;

    /// <summary>The agents in configuration order.</summary>
    public IReadOnlyList<ProsumerAgent> Agents => _agents;

    /// <summary>The grid graph the agents sit on.</summary>
    public GridNetworkTopology Topology => _topology;

    /// <summary>The DSO of the current episode.</summary>
    public DsoAgent Dso => _dso;

    /// <summary>Zero-based index of the next interval to clear.</summary>
    public int CurrentStep => _step;

    /// <summary>The episode in progress (−1 before the first reset).</summary>
    public long Episode => _episode;

    /// <summary>True when the episode has ended (or none has started).</summary>
    public bool IsDone => _done;

    /// <summary>Market records of the current episode, one per step (when history is recorded).</summary>
    public IReadOnlyList<MarketStepRecord> MarketHistory => _marketHistory;

    /// <summary>Agent records of the current episode (when history is recorded).</summary>
    public IReadOnlyList<AgentStepRecord> AgentHistory => _agentHistory;

    /// <summary>Rewards per agent of the current episode.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> RewardHistory { get; }

    /// <summary>The episode's tamper-evident trade log (null when the scenario switches it off or a custom recorder is used).</summary>
    public HashChainValidator? Ledger => _recorder as HashChainValidator;

    /// <summary>The last matching result, or null before the first step.</summary>
    public MatchingResult? LastMatching => _matcher?.History.Latest;

    /// <inheritdoc />
    public void Reset(long episode, Span<float> observations)
    {
        var doc = _scenario.Document;
        var streams = _scenario.Streams;
        var tariffEpisode = doc.Dso.ResetEachEpisode ? episode : 0;
        var tariffs = _scenario.TariffGenerator.Generate(doc.MaxSteps, streams.For("tariffs", null, tariffEpisode), _scenario.FeedInSource, _scenario.UtilitySource);
        _topology.Reset(_scenario.GridSeed);
        _dso = new DsoAgent(new DsoTariffProfile(tariffs.FeedIn.Values, tariffs.Utility.Values), _topology, _scenario.Intervention, doc.Dso.Id);
        _recorder = _options.TradeRecorderFactory?.Invoke()
            ?? (doc.Market.Ledger ? new HashChainValidator(new LedgerOptions(_scenario.Market.LedgerDifficulty, parallelMining: _options.ParallelLedgerMining)) : null);
        _matcher = new OrderMatcher(_agents.Length, _matcherConfig, _dso, _recorder);
        for (var i = 0; i < _agents.Length; i++)
        {
            var id = _ids[i];
            var reputation = ReputationHandler.InitialReputation(streams.For("reputation", id, episode));
            _agents[i].Reset(streams, episode, doc.MaxSteps, reputation);
            _reputations[id] = reputation;
            _reputationVector[i] = reputation;
            _previousPositions[i] = _agents[i].NetPosition.Value;
            _orderStreams[i] = streams.For("orders", id, episode);
            _partnerStreams[i] = streams.For("partner", id, episode);
            _rewardHistory[id].Clear();
        }

        _clearingPrices.Clear();
        _clearingVolumes.Clear();
        _replayLog.Clear();
        _pendingOverrides = new float[PendingSize];
        _pendingOverrides.AsSpan().Fill(float.NaN);
        _marketHistory.Clear();
        _agentHistory.Clear();
        (_episode, _step, _done) = (episode, 0, false);
        (_lastRecord, _lastKpis) = (null, null);
        WriteObservations(observations, null, null);
    }
}
