using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Protocol;

namespace EnergyCoSim.Mosaik.Simple;

/// <summary>
/// Offers the simple community model to mosaik: a <c>Market</c> model with <c>Prosumer</c> children, or prosumers
/// created one by one with <c>market=&lt;eid&gt;</c>; sim params <c>market_interval_s</c>, <c>buy_price_usd_per_mwh</c>,
/// <c>sell_price_usd_per_mwh</c>, <c>mechanism</c>; extra method <c>set_clearing_mechanism(mechanism, market=None)</c>.
/// </summary>
public sealed class SimpleCommunityModelProvider : IMosaikModelProvider
{
    private static readonly string[] SimParamNames = ["market_interval_s", "buy_price_usd_per_mwh", "sell_price_usd_per_mwh", "mechanism"];
    private static readonly string[] ProsumerParams = ["market", "capacity_kwh", "max_power_kw", "initial_soc"];
    private readonly List<(string Eid, SimpleClearingMechanism Mechanism, List<SimpleProsumerSpec> Prosumers)> _markets = [];
    private SimulationDuration _stepSize;
    private double _buy = 250, _sell = 50;
    private SimpleClearingMechanism _mechanism;
    private int _prosumerCount;
    private SimpleCommunityComponent? _component;

    /// <inheritdoc />
    public MosaikMeta Initialize(MosaikInitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var violations = new List<FieldViolation>();
        foreach (var name in context.SimParams.Keys.Where(k => !SimParamNames.Contains(k)))
        {
            violations.Add(new FieldViolation($"sim_params.{name}", null, $"is not a parameter of this model (known: {string.Join(", ", SimParamNames)})"));
        }

        var interval = Number(context.SimParams, "market_interval_s", 900, violations);
        _buy = Number(context.SimParams, "buy_price_usd_per_mwh", 250, violations);
        _sell = Number(context.SimParams, "sell_price_usd_per_mwh", 50, violations);
        _mechanism = context.SimParams.TryGetValue("mechanism", out var mech) ? ParseMechanism(mech, "sim_params.mechanism", violations) : SimpleClearingMechanism.Midpoint;
        var ns = interval * 1e9;
        var ticks = ns / context.Resolution.NanosecondsPerTick;
        if (!(ticks >= 1) || Math.Abs(ticks - Math.Round(ticks)) > 1e-9 * ticks)
        {
            violations.Add(new FieldViolation("sim_params.market_interval_s", FieldViolation.Render(interval), $"must be a positive whole number of ticks of {context.Resolution}"));
        }

        if (_sell > _buy)
        {
            violations.Add(new FieldViolation("sim_params.sell_price_usd_per_mwh", FieldViolation.Render(_sell), "must not exceed buy_price_usd_per_mwh"));
        }

        if (violations.Count > 0)
        {
            throw new ValidationException(violations, "sim params");
        }

        _stepSize = new SimulationDuration((long)Math.Round(ticks));
        var marketAttrs = SimpleCommunityComponent.MarketAttrs.Append(SimpleCommunityComponent.MechanismAttr).ToArray();
        return new MosaikMeta(
            new Dictionary<string, MosaikModelMeta>(StringComparer.Ordinal)
            {
                ["Market"] = new(true, ["num_prosumers", "capacity_kwh", "max_power_kw", "initial_soc", "mechanism"], marketAttrs),
                ["Prosumer"] = new(true, ProsumerParams, SimpleCommunityComponent.ProsumerAttrs),
            },
            ["set_clearing_mechanism"]);
    }

    /// <inheritdoc />
    public IReadOnlyList<MosaikEntity> Create(int count, string model, IReadOnlyDictionary<string, JsonElement> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (_component is not null)
        {
            throw new InvalidStateException("simple community", "create", "Built", "before setup_done");
        }

        var violations = new List<FieldViolation>();
        var allowed = model == "Market" ? ["num_prosumers", "capacity_kwh", "max_power_kw", "initial_soc", "mechanism"] : ProsumerParams;
        foreach (var name in parameters.Keys.Where(k => !allowed.Contains(k)))
        {
            violations.Add(new FieldViolation($"{model}.{name}", null, $"is not a parameter (known: {string.Join(", ", allowed)})"));
        }

        var capacity = Number(parameters, "capacity_kwh", 10, violations, min: 0);
        var power = Number(parameters, "max_power_kw", 5, violations, min: 0);
        var soc = Number(parameters, "initial_soc", 0.5, violations, min: 0, max: 1);
        var entities = new List<MosaikEntity>(count);
        if (model == "Market")
        {
            var n = (int)Number(parameters, "num_prosumers", 0, violations, min: 0, max: 1_000_000);
            var mechanism = parameters.TryGetValue("mechanism", out var m) ? ParseMechanism(m, "Market.mechanism", violations) : _mechanism;
            ThrowIfAny(violations, model);
            for (var k = 0; k < count; k++)
            {
                var eid = $"Market_{_markets.Count}";
                var prosumers = Enumerable.Range(0, n).Select(_ => new SimpleProsumerSpec($"Prosumer_{_prosumerCount++}", capacity, power, soc)).ToList();
                _markets.Add((eid, mechanism, prosumers));
                entities.Add(new MosaikEntity(eid, "Market", prosumers.Select(p => new MosaikEntity(p.Eid, "Prosumer", Rel: [eid])).ToArray()));
            }

            return entities;
        }

        var marketEid = parameters.TryGetValue("market", out var me) && me.ValueKind == JsonValueKind.String ? me.GetString()! : null;
        var index = _markets.FindIndex(x => x.Eid == marketEid);
        if (index < 0)
        {
            violations.Add(new FieldViolation("Prosumer.market", marketEid, $"must name a Market created before (known: {string.Join(", ", _markets.Select(x => x.Eid))})"));
        }

        ThrowIfAny(violations, model);
        for (var k = 0; k < count; k++)
        {
            var p = new SimpleProsumerSpec($"Prosumer_{_prosumerCount++}", capacity, power, soc);
            _markets[index].Prosumers.Add(p);
            entities.Add(new MosaikEntity(p.Eid, "Prosumer", Rel: [marketEid!]));
        }

        return entities;
    }

    /// <inheritdoc />
    public MosaikBinding Build()
    {
        if (_component is not null)
        {
            throw new InvalidStateException("simple community", "build", "Built", "once");
        }

        var specs = _markets.Select(m => new SimpleMarketSpec(m.Eid, _buy, _sell, m.Mechanism, m.Prosumers)).ToArray();
        var component = new SimpleCommunityComponent("simple-community", specs);
        var bindings = new List<MosaikAttributeBinding>();
        foreach (var v in component.Description.Variables)
        {
            var dot = v.Name.IndexOf('.', StringComparison.Ordinal);
            bindings.Add(new MosaikAttributeBinding(v.Name[..dot], v.Name[(dot + 1)..], v));
        }

        _component = component;
        return new MosaikBinding(component, _stepSize, bindings);
    }

    /// <inheritdoc />
    public JsonNode? InvokeExtraMethod(string name, IReadOnlyList<JsonElement> args, IReadOnlyDictionary<string, JsonElement> kwargs)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(kwargs);
        if (name != "set_clearing_mechanism")
        {
            throw new NotFoundException("method", name);
        }

        var violations = new List<FieldViolation>();
        var value = args.Count > 0 ? args[0] : kwargs.GetValueOrDefault("mechanism");
        var mechanism = ParseMechanism(value, "set_clearing_mechanism.mechanism", violations);
        var target = args.Count > 1 ? args[1] : kwargs.GetValueOrDefault("market");
        var only = target.ValueKind == JsonValueKind.String ? target.GetString() : null;
        if (only is not null && !_markets.Exists(m => m.Eid == only))
        {
            violations.Add(new FieldViolation("set_clearing_mechanism.market", only, "is not a Market of this simulator"));
        }

        ThrowIfAny(violations, name);
        var previous = new JsonObject();
        for (var i = 0; i < _markets.Count; i++)
        {
            if (only is not null && _markets[i].Eid != only)
            {
                continue;
            }

            var old = _component is null ? _markets[i].Mechanism : (SimpleClearingMechanism)Read(_component, i);
            previous[_markets[i].Eid] = Name(old);
            _markets[i] = (_markets[i].Eid, mechanism, _markets[i].Prosumers);
            _component?.SetInteger([(uint)i], [(long)mechanism]);
        }

        if (only is null)
        {
            _mechanism = mechanism;
        }

        return previous;
    }

    private static long Read(ICoSimComponent component, int market)
    {
        Span<long> value = stackalloc long[1];
        component.GetInteger([(uint)market], value);
        return value[0];
    }

    private static string Name(SimpleClearingMechanism m) => m == SimpleClearingMechanism.Midpoint ? "midpoint" : "sdr";

    private static SimpleClearingMechanism ParseMechanism(JsonElement value, string field, List<FieldViolation> violations)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        switch (text)
        {
            case "midpoint":
                return SimpleClearingMechanism.Midpoint;
            case "sdr":
                return SimpleClearingMechanism.SupplyDemandRatio;
            default:
                violations.Add(new FieldViolation(field, text ?? MosaikJson.Describe(value), "must be \"midpoint\" or \"sdr\""));
                return SimpleClearingMechanism.Midpoint;
        }
    }

    private static double Number(IReadOnlyDictionary<string, JsonElement> values, string name, double fallback, List<FieldViolation> violations, double min = double.MinValue, double max = double.MaxValue)
    {
        if (!values.TryGetValue(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (!MosaikJson.TryGetDouble(element, out var value) || !double.IsFinite(value) || value < min || value > max)
        {
            var range = (min > double.MinValue, max < double.MaxValue) switch
            {
                (true, true) => string.Create(CultureInfo.InvariantCulture, $" in [{min:G}, {max:G}]"),
                (true, false) => string.Create(CultureInfo.InvariantCulture, $" ≥ {min:G}"),
                _ => "",
            };
            violations.Add(new FieldViolation(name, MosaikJson.Describe(element), $"must be a finite number{range}"));
            return fallback;
        }

        return value;
    }

    private static void ThrowIfAny(List<FieldViolation> violations, string subject)
    {
        if (violations.Count > 0)
        {
            throw new ValidationException(violations, subject);
        }
    }
}
