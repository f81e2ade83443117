using System.Text.Json;
using System.Text.Json.Nodes;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Strategies;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.FmuExport;

/// <summary>
/// One FMU instance: the market environment driven by the scenario's strategy exactly as ScenarioRunner drives it,
/// one market interval per communication-grid point. Steps that end inside an interval hold the outputs (sample and hold).
/// </summary>
internal sealed partial class MarketSlave
{
    /// <summary>File name of the scenario under the FMU's resources folder.</summary>
    public const string ScenarioFileName = "scenario.json";

    private readonly string _scenarioJson;
    private readonly ScenarioDocument _document;
    private readonly string _resourceDirectory;
    private readonly double[] _reals;
    private readonly int[] _ints = new int[3];
    private readonly bool[] _bools = new bool[1];
    private readonly string[] _strings = new string[1];
    private readonly int[] _agentBus;
    private readonly List<double[]> _inputLog = [];
    private LocalEnergyMarketEnvironment? _env;
    private IAgentStrategy? _strategy;
    private RandomStream[] _random = [];
    private float[] _obs = [];
    private float[] _actions = [];
    private double[] _rewards = [];
    private double _meanUtility;
    private double _tanPhi;
    private double _startTime;
    private double _time;

    public MarketSlave(string instanceName, string resourceDirectory, ILogger logger)
    {
        InstanceName = instanceName;
        Logger = logger;
        _resourceDirectory = resourceDirectory;
        var path = Path.Combine(resourceDirectory, ScenarioFileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"the FMU's scenario {path} does not exist (is the resource location right?)", path);
        }

        _scenarioJson = File.ReadAllText(path);
        _document = Parse(JsonNode.Parse(_scenarioJson)!);
        Layout = MarketVariableLayout.FromScenario(_document);
        _agentBus = [.. Layout.AgentBus];
        _reals = new double[Layout.RealCount];
        ResetValues();
    }

    public string InstanceName { get; }

    /// <summary>Inputs logged per cleared interval: generation and demand per agent, then FIT and UP.</summary>
    private int InputsPerInterval => (2 * Layout.AgentIds.Count) + 2;

    /// <summary>The scenario as stored in the FMU (its hash is the instantiation token).</summary>
    public string ScenarioJson => _scenarioJson;

    public ILogger Logger { get; }

    public MarketVariableLayout Layout { get; }

    public SlavePhase Phase { get; private set; } = SlavePhase.Instantiated;

    /// <summary>Current communication point (s).</summary>
    public double Time => _time;

    /// <summary>Market interval length (s).</summary>
    public double IntervalSeconds => _reals[Layout.SlotOf(MarketVariableLayout.IntervalRef, FmuScalarType.Real)];

    public void SetupExperiment(double startTime)
    {
        Require("setupExperiment", SlavePhase.Instantiated);
        (_startTime, _time) = (startTime, startTime);
    }

    public void EnterInitialization(double? startTime)
    {
        Require("enterInitializationMode", SlavePhase.Instantiated);
        if (startTime is { } s)
        {
            (_startTime, _time) = (s, s);
        }

        Phase = SlavePhase.Initialization;
    }

    public void ExitInitialization()
    {
        Require("exitInitializationMode", SlavePhase.Initialization);
        BuildEnvironment();
        Phase = SlavePhase.StepMode;
        SlaveLog.Initialized(Logger, InstanceName, Layout.AgentIds.Count, _env!.MaxSteps, IntervalSeconds);
    }

    /// <summary>Advances from <paramref name="t"/> to t+<paramref name="h"/>, clearing every market interval that ends on the way.</summary>
    public void DoStep(double t, double h)
    {
        Require("doStep", SlavePhase.StepMode);
        if (!(h >= 0) || double.IsInfinity(h))
        {
            throw new ArgumentOutOfRangeException(nameof(h), h, $"communicationStepSize {h} must be a finite number >= 0");
        }

        var tolerance = 1e-9 * Math.Max(1, Math.Abs(_time));
        if (Math.Abs(t - _time) > tolerance)
        {
            throw new ArgumentException($"currentCommunicationPoint {t} differs from the instance time {_time} (restore a state to go back)", nameof(t));
        }

        var target = t + h;
        var interval = IntervalSeconds;
        var env = _env!;
        while (!env.IsDone && _startTime + ((env.CurrentStep + 1) * interval) <= target + (1e-9 * interval))
        {
            ClearInterval();
        }

        _time = target;
    }

    public void Terminate()
    {
        Require("terminate", SlavePhase.StepMode, SlavePhase.Initialization);
        Phase = SlavePhase.Terminated;
    }

    public void Reset()
    {
        _env = null;
        _inputLog.Clear();
        Phase = SlavePhase.Instantiated;
        (_startTime, _time) = (0, 0);
        ResetValues();
    }

    /// <summary>Clears the current interval with the inputs now set (logged, so a restored state can replay them).</summary>
    private void ClearInterval()
    {
        var inputs = new double[InputsPerInterval];
        var n = Layout.AgentIds.Count;
        for (var i = 0; i < n; i++)
        {
            inputs[2 * i] = Real(MarketVariableLayout.AgentRef(i, MarketVariableLayout.GenerationIn));
            inputs[(2 * i) + 1] = Real(MarketVariableLayout.AgentRef(i, MarketVariableLayout.DemandIn));
        }

        inputs[2 * n] = Real(MarketVariableLayout.FeedInInRef);
        inputs[(2 * n) + 1] = Real(MarketVariableLayout.UtilityInRef);
        ClearInterval(inputs);
    }

    /// <summary>Clears the current interval with <paramref name="inputs"/> (per agent generation and demand in kW, then FIT and UP; negative: the scenario's).</summary>
    private void ClearInterval(double[] inputs)
    {
        var env = _env!;
        var hours = IntervalSeconds / 3600.0;
        var n = Layout.AgentIds.Count;
        var (fit, up) = (inputs[2 * n], inputs[(2 * n) + 1]);
        if (fit >= 0 || up >= 0)
        {
            // First, so that a rejected tariff (FIT > UP) leaves the interval untouched.
            env.OverrideCurrentTariffs(fit >= 0 ? new PriceUsdPerMWh(fit) : null, up >= 0 ? new PriceUsdPerMWh(up) : null);
        }

        for (var i = 0; i < n; i++)
        {
            var (g, d) = (inputs[2 * i], inputs[(2 * i) + 1]);
            if (g >= 0 || d >= 0)
            {
                env.OverrideCurrentInterval(i, g >= 0 ? g * hours : null, d >= 0 ? d * hours : null);
            }
        }

        ScenarioRunner.Decide(env, _strategy!, _obs, _actions, _random, _meanUtility);
        env.Step(_actions, _obs, _rewards);
        _inputLog.Add(inputs);
        PublishOutputs();
    }

    private void BuildEnvironment()
    {
        var node = JsonNode.Parse(_scenarioJson)!;
        node["seed"] = (ulong)(uint)Int(MarketVariableLayout.SeedRef);
        var minutes = IntervalSeconds / 60.0;
        if (minutes < 1 || minutes != Math.Floor(minutes))
        {
            throw new ArgumentOutOfRangeException("market.interval_s", IntervalSeconds, "must be a whole number of minutes (>= 60 s)");
        }

        var powerFactor = Real(MarketVariableLayout.PowerFactorRef);
        if (!(powerFactor > 0 && powerFactor <= 1))
        {
            throw new ArgumentOutOfRangeException("power_factor", powerFactor, "must be in (0, 1]");
        }

        _tanPhi = Math.Sqrt(1 - (powerFactor * powerFactor)) / powerFactor;
        node["market_interval_minutes"] = (int)minutes;
        node["market"]!["mechanism"] = _strings[0];
        ScenarioCompiler.ParseMechanism(_strings[0]);
        var document = Parse(node);
        var compiled = ScenarioCompiler.Compile(document);
        var env = new LocalEnergyMarketEnvironment(compiled);
        var n = env.AgentIds.Count;
        _obs = new float[n * env.ObservationSize];
        _actions = new float[n * ActionBox.Size];
        _rewards = new double[n];
        var episode = Int(MarketVariableLayout.EpisodeRef);
        env.Reset(episode, _obs);
        _strategy = StrategyCatalog.Create(document.Strategy);
        _random = env.AgentIds.Select(id => compiled.Streams.For("strategy", id, episode)).ToArray();
        _meanUtility = Enumerable.Range(0, env.MaxSteps).Average(t => env.Dso.UtilityPrice(t).Value);
        _inputLog.Clear();
        _env = env;
        PublishOutputs();
    }

    private ScenarioDocument Parse(JsonNode node)
    {
        var document = node.Deserialize(ScenarioJsonContext.Default.ScenarioDocument)
            ?? throw new InvalidDataException($"{ScenarioFileName} holds no scenario");
        document.BaseDirectory = _resourceDirectory;
        ScenarioValidator.ThrowIfInvalid(document);
        return document;
    }

    private void ResetValues()
    {
        Array.Clear(_reals);
        _reals[Layout.SlotOf(MarketVariableLayout.IntervalRef, FmuScalarType.Real)] = _document.MarketIntervalMinutes * 60.0;
        SetRealSlot(MarketVariableLayout.PowerFactorRef, 1);
        SetRealSlot(MarketVariableLayout.FeedInInRef, -1);
        SetRealSlot(MarketVariableLayout.UtilityInRef, -1);
        for (var i = 0; i < Layout.AgentIds.Count; i++)
        {
            SetRealSlot(MarketVariableLayout.AgentRef(i, MarketVariableLayout.GenerationIn), -1);
            SetRealSlot(MarketVariableLayout.AgentRef(i, MarketVariableLayout.DemandIn), -1);
        }

        Array.Clear(_ints);
        _ints[Layout.SlotOf(MarketVariableLayout.SeedRef, FmuScalarType.Integer)] = unchecked((int)_document.Seed);
        _bools[0] = false;
        _strings[0] = _document.Market.Mechanism;
    }

    private void Require(string operation, params ReadOnlySpan<SlavePhase> allowed)
    {
        foreach (var p in allowed)
        {
            if (Phase == p)
            {
                return;
            }
        }

        throw new InvalidOperationException($"{operation} is not allowed in state {Phase} (allowed: {string.Join(", ", allowed.ToArray())})");
    }
}
