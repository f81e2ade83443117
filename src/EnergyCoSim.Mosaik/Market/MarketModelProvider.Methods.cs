using System.Text.Json;
using System.Text.Json.Nodes;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Market.Pricing;
using EnergyCoSim.Mosaik.Protocol;

namespace EnergyCoSim.Mosaik.Market;

/// <content>The extra methods: <c>set_clearing_mechanism(name)</c> and <c>get_summary()</c>.</content>
public sealed partial class MarketModelProvider
{
    private static readonly (string Name, ClearingMechanism Mechanism)[] Mechanisms =
    [
        ("average", ClearingMechanism.Average),
        ("buyer", ClearingMechanism.Buyer),
        ("seller", ClearingMechanism.Seller),
        ("bid_ask_spread", ClearingMechanism.BidAskSpread),
        ("nash_bargaining", ClearingMechanism.NashBargaining),
        ("proportional_surplus", ClearingMechanism.ProportionalSurplus),
    ];

    /// <inheritdoc />
    public JsonNode? InvokeExtraMethod(string name, IReadOnlyList<JsonElement> args, IReadOnlyDictionary<string, JsonElement> kwargs)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(kwargs);
        return name switch
        {
            "set_clearing_mechanism" => SetClearingMechanism(args.Count > 0 ? args[0] : kwargs.GetValueOrDefault("name")),
            "get_summary" => Summary(),
            _ => throw new NotFoundException("method", name),
        };
    }

    /// <summary>Switches the mechanism from the next market interval on; returns the previous one's name.</summary>
    private JsonNode SetClearingMechanism(JsonElement value)
    {
        var mechanism = ParseMechanism(value, "set_clearing_mechanism.name");
        var env = _component?.Market.Environment;
        var previous = env?.ClearingMechanism ?? _mechanism;
        _mechanism = mechanism;
        env?.SetClearingMechanism(mechanism);
        return JsonValue.Create(NameOf(previous));
    }

    /// <summary>Scenario, progress and totals so far (kWh, USD, USD/MWh).</summary>
    private JsonObject Summary()
    {
        var scenario = _scenario ?? throw new InvalidStateException("market model", "get_summary", "Created", "after init");
        var summary = new JsonObject
        {
            ["scenario"] = scenario.Document.Name,
            ["agents"] = _individualAgents && _component is null ? _created.Count : scenario.Agents.Count,
            ["market_interval_s"] = scenario.MarketInterval.TotalSeconds,
            ["max_intervals"] = scenario.Document.MaxSteps,
            ["mechanism"] = NameOf(_component?.Market.Environment.ClearingMechanism ?? _mechanism),
        };
        if (_component is null)
        {
            summary["intervals_cleared"] = 0;
            return summary;
        }

        var env = _component.Market.Environment;
        var history = env.MarketHistory;
        summary["intervals_cleared"] = env.CurrentStep;
        summary["p2p_volume_kwh"] = history.Sum(h => h.P2PVolume);
        summary["dso_buy_kwh"] = history.Sum(h => h.DsoBuyVolume);
        summary["dso_sell_kwh"] = history.Sum(h => h.DsoSellVolume);
        summary["mean_clearing_price_usd_per_mwh"] = history.Count > 0 ? history.Average(h => h.ClearingPrice) : 0;
        var cash = new JsonObject();
        foreach (var agent in env.Agents)
        {
            cash[agent.Id] = agent.Profit.Value;
        }

        summary["cash_usd"] = cash;
        return summary;
    }

    private static ClearingMechanism ParseMechanism(JsonElement value, string field)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        foreach (var (name, mechanism) in Mechanisms)
        {
            if (name == text)
            {
                return mechanism;
            }
        }

        throw new ValidationException(field, text ?? MosaikJson.Describe(value), $"must be one of {string.Join(", ", Mechanisms.Select(m => m.Name))}");
    }

    private static string NameOf(ClearingMechanism mechanism) => Mechanisms.First(m => m.Mechanism == mechanism).Name;
}
