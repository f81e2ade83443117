using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Market.Pricing;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Protocol;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Components;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Strategies;
using A = EnergyCoSim.Mosaik.Market.MarketModelAttributes;
using N = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Mosaik.Market;

/// <summary>
/// Offers the local energy market of a scenario to mosaik: sim params <c>scenario</c> (file path or shipped example
/// name), <c>market_interval_s</c>, <c>seed</c>, <c>strategy</c>, <c>mechanism</c>; one <c>Market</c> whose children are
/// the scenario's agents (<c>Battery</c> with a battery, else <c>Prosumer</c>), or, with <c>agents="none"</c>, whose
/// <c>Prosumer</c>/<c>Battery</c> entities are created one by one with <c>market=&lt;eid&gt;</c>; extra methods
/// <c>set_clearing_mechanism(name)</c> and <c>get_summary()</c>. Runs on <see cref="MarketComponent"/>.
/// </summary>
public sealed partial class MarketModelProvider : IMosaikModelProvider
{
    private static readonly string[] SimParamNames = ["scenario", "market_interval_s", "seed", "strategy", "mechanism"];
    private static readonly string[] MarketParams = ["mechanism", "agents"];
    private readonly MarketModelOptions _options;
    private CompiledScenario? _scenario;
    private IAgentStrategy? _strategy;
    private SimulationDuration _stepSize;
    private TimeSpan _interval;
    private ClearingMechanism _mechanism;
    private string? _marketEid;
    private MosaikMarketComponent? _component;

    /// <summary>Creates the provider for one mosaik session.</summary>
    public MarketModelProvider(MarketModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The component once built (after setup_done), for tests and diagnostics.</summary>
    public MarketComponent? Component => _component?.Market;

    /// <inheritdoc />
    public MosaikMeta Initialize(MosaikInitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var violations = new List<FieldViolation>();
        foreach (var name in context.SimParams.Keys.Where(k => !SimParamNames.Contains(k)))
        {
            violations.Add(new FieldViolation($"sim_params.{name}", null, $"is not a parameter of the market model (known: {string.Join(", ", SimParamNames)})"));
        }

        ThrowIfAny(violations, "sim params");
        var document = LoadScenario(context.SimParams.GetValueOrDefault("scenario"));
        if (context.SimParams.TryGetValue("seed", out var seed) && seed.ValueKind != JsonValueKind.Null)
        {
            document.Seed = seed.ValueKind == JsonValueKind.Number && seed.TryGetUInt64(out var s)
                ? s
                : throw new ValidationException("sim_params.seed", MosaikJson.Describe(seed), "must be an integer in [0, 2^64)");
        }

        var strategyName = context.SimParams.TryGetValue("strategy", out var st) && st.ValueKind != JsonValueKind.Null
            ? (st.ValueKind == JsonValueKind.String ? st.GetString()! : throw new ValidationException("sim_params.strategy", MosaikJson.Describe(st), "must be zero-intelligence or rule-based"))
            : document.Strategy;
        var strategy = StrategyCatalog.Create(strategyName);
        var compiled = ScenarioCompiler.Compile(document);
        var interval = compiled.MarketInterval;
        if (context.SimParams.TryGetValue("market_interval_s", out var iv) && iv.ValueKind != JsonValueKind.Null)
        {
            if (!iv.TryGetInt64Safe(out var seconds) || seconds is < 1 or > 86_400)
            {
                throw new ValidationException("sim_params.market_interval_s", MosaikJson.Describe(iv), "must be a whole number of seconds in [1, 86400]");
            }

            interval = TimeSpan.FromSeconds(seconds);
            compiled = compiled with { MarketInterval = interval };
        }

        var ticks = interval.Ticks * 100.0 / context.Resolution.NanosecondsPerTick;
        if (!(ticks >= 1) || ticks != Math.Floor(ticks))
        {
            throw new ValidationException("sim_params.market_interval_s", interval.TotalSeconds, $"must be a whole number (≥ 1) of ticks of time_resolution {context.Resolution}");
        }

        _mechanism = context.SimParams.TryGetValue("mechanism", out var m) && m.ValueKind != JsonValueKind.Null
            ? ParseMechanism(m, "sim_params.mechanism")
            : compiled.Market.Mechanism;
        _scenario = compiled;
        _document = document;
        _interval = interval;
        _strategy = strategy;
        _stepSize = new SimulationDuration((long)ticks);
        return new MosaikMeta(
            new Dictionary<string, MosaikModelMeta>(StringComparer.Ordinal)
            {
                [A.MarketModel] = new(true, MarketParams, A.Market),
                [A.ProsumerModel] = new(true, MarketAgentParams.Prosumer, A.Prosumer),
                [A.BatteryModel] = new(true, MarketAgentParams.Battery, A.Battery),
            },
            ["set_clearing_mechanism", "get_summary"]);
    }

    /// <inheritdoc />
    public IReadOnlyList<MosaikEntity> Create(int count, string model, IReadOnlyDictionary<string, JsonElement> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var scenario = _scenario ?? throw new InvalidStateException("market model", "create", "Created", "after init");
        if (_component is not null)
        {
            throw new InvalidStateException("market model", "create", "Built", "before setup_done");
        }

        if (model is A.ProsumerModel or A.BatteryModel)
        {
            return CreateAgents(count, model, parameters);
        }

        if (model != A.MarketModel)
        {
            throw new NotFoundException("model", model, $"models: {A.MarketModel}, {A.ProsumerModel}, {A.BatteryModel}");
        }

        if (count != 1 || _marketEid is not null)
        {
            throw new ValidationException("create.num", count, $"must be 1, once: one simulator serves one market (start another EnergyCoSim simulator for another market){(_marketEid is null ? "" : $"; {_marketEid} exists")}");
        }

        var violations = new List<FieldViolation>();
        foreach (var name in parameters.Keys.Where(k => !MarketParams.Contains(k)))
        {
            violations.Add(new FieldViolation($"{model}.{name}", null, $"is not a parameter (known: {string.Join(", ", MarketParams)})"));
        }

        var individual = ReadAgentsMode(parameters, violations);
        var mechanism = _mechanism;
        if (parameters.TryGetValue("mechanism", out var mech) && mech.ValueKind != JsonValueKind.Null)
        {
            try
            {
                mechanism = ParseMechanism(mech, $"{model}.mechanism");
            }
            catch (ValidationException ex)
            {
                violations.AddRange(ex.Violations);
            }
        }

        ThrowIfAny(violations, $"create {model}");
        _mechanism = mechanism;
        _marketEid = A.MarketModel;
        _individualAgents = individual;
        if (individual)
        {
            // From here on the document's agents are the created ones (none yet); the file's stay in the first compile.
            _document!.Agents.Clear();
            return [new MosaikEntity(_marketEid, A.MarketModel, [])];
        }

        var children = scenario.Agents
            .Select(a => new MosaikEntity(a.Spec.Id, a.Spec.Battery is null ? A.ProsumerModel : A.BatteryModel, Rel: [_marketEid]))
            .ToArray();
        return [new MosaikEntity(_marketEid, A.MarketModel, children)];
    }

    /// <inheritdoc />
    public MosaikBinding Build()
    {
        if (_component is not null)
        {
            throw new InvalidStateException("market model", "build", "Built", "once");
        }

        var eid = _marketEid ?? throw new InvalidStateException("market model", "setup", "Initialized (no Market created)", $"after create(1, \"{A.MarketModel}\")");
        var scenario = _individualAgents ? CompileCreated(_interval) : _scenario ?? throw new InvalidStateException("market model", "setup", "Created", "after init");
        _scenario = scenario;
        var market = new MarketComponent("market", scenario, _strategy!);
        market.Environment.SetClearingMechanism(_mechanism);
        var byName = market.Description.Variables.ToDictionary(v => v.Name, StringComparer.Ordinal);
        var bindings = new List<MosaikAttributeBinding>();
        foreach (var attr in A.Market)
        {
            bindings.Add(new MosaikAttributeBinding(eid, attr, byName[A.MarketVariableOf[attr]]));
        }

        foreach (var agent in scenario.Agents)
        {
            var id = agent.Spec.Id;
            foreach (var attr in A.AgentInputs)
            {
                // The range makes the endpoint refuse NaN and negative kW before the market sees any input.
                bindings.Add(new MosaikAttributeBinding(id, attr, byName[N.Agent(id, attr)] with { Min = 0, Max = 1e9 }));
            }

            foreach (var attr in agent.Spec.Battery is null ? A.AgentOutputs : [.. A.AgentOutputs, N.Soc])
            {
                bindings.Add(new MosaikAttributeBinding(id, attr, byName[N.Agent(id, attr)]));
            }

            foreach (var attr in A.MarketResults)
            {
                bindings.Add(new MosaikAttributeBinding(id, attr, byName[A.MarketVariableOf[attr]]));
            }
        }

        var component = new MosaikMarketComponent(market);
        _component = component;
        return new MosaikBinding(component, _stepSize, bindings);
    }

    private ScenarioDocument LoadScenario(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new ValidationException("sim_params.scenario", value.ValueKind == JsonValueKind.Undefined ? null : MosaikJson.Describe(value), "is required: a scenario file path or a shipped example name such as case5-battery-coordination/mixed_battery");
        }

        var text = value.GetString()!;
        if (File.Exists(text))
        {
            return ScenarioLoader.Load(text);
        }

        if (_options.ExamplesDirectory is { } examples && ExampleName().IsMatch(text))
        {
            var path = Path.Combine(examples, text + ".yaml");
            return File.Exists(path)
                ? ScenarioLoader.Load(path)
                : throw new NotFoundException("scenario", text, $"no such file, and no {text}.yaml under the examples folder {Path.GetFullPath(examples)}");
        }

        throw new NotFoundException("scenario file", text, $"relative paths resolve from {Directory.GetCurrentDirectory()}");
    }

    private static void ThrowIfAny(List<FieldViolation> violations, string subject)
    {
        if (violations.Count > 0)
        {
            throw new ValidationException(violations, subject);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*$")]
    private static partial Regex ExampleName();
}
