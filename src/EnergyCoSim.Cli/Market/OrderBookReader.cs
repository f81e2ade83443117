using System.Text.Json;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Core.Validation;
using EnergyCoSim.Grid.Topology;
using EnergyCoSim.Market.Configuration;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Matching;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Pricing;
using static EnergyCoSim.Cli.Market.JsonFieldReader;

namespace EnergyCoSim.Cli.Market;

/// <summary>Reads an order book (docs/schemas/order-book.md) into a ready matcher; every problem is reported at once.</summary>
internal static class OrderBookReader
{
    private const string Mechanisms = "average, buyer, seller, bid_ask_spread, nash_bargaining, proportional_surplus";
    private const string Topologies = "ieee34, ieee13, mesh, ring, line";

    public static OrderBook Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new NotFoundException("order book file", path);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new ValidationException([new FieldViolation("$", null, $"is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}): {ex.Message}")], path);
        }

        using (document)
        {
            return Parse(document.RootElement, path);
        }
    }

    private static OrderBook Parse(JsonElement root, string subject)
    {
        var check = new ViolationCollector();
        if (root.ValueKind != JsonValueKind.Object)
        {
            check.Add("$", root.ValueKind.ToString(), "must be a JSON object");
            check.ThrowIfAny(subject);
        }

        var step = Integer(root, "step", check, 0);
        var config = ReadMarket(Object(root, "market", check, required: false), check.Scope("market"));
        var dsoSection = Object(root, "dso", check, required: true);
        var (tariffs, intervention) = dsoSection is { } dso ? ReadDso(dso, check.Scope("dso")) : (null, null);
        var agentElements = Array(root, "agents", check, required: true);
        var gridSection = Object(root, "grid", check, required: false);
        var (grid, placementSeed) = gridSection is { } g ? ReadGrid(g, check.Scope("grid"), config, agentElements.Count) : (null, 0UL);
        var agents = ReadAgents(agentElements, check, grid, placementSeed);
        var orders = ReadOrders(Array(root, "orders", check, required: true), check, agents);
        if (tariffs is not null)
        {
            check.Require(step >= 0 && step < tariffs.Length, "step", step, $"is outside [0, {tariffs.Length - 1}] (the tariff profile length)");
        }

        check.ThrowIfAny(subject);
        var dsoAgent = new DsoAgent(tariffs!, grid, intervention);
        var matcher = new OrderMatcher(Math.Max(1, agents.Count), config!, dsoAgent);
        var reputations = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var agent in agents.Values)
        {
            if (agent.Reputation is { } r)
            {
                reputations[agent.Id] = r;
            }
        }

        return new OrderBook(step, matcher, orders, reputations);
    }

    private static MarketConfig? ReadMarket(JsonElement? section, ViolationCollector check)
    {
        var s = section ?? default;
        var has = section is not null;
        var mechanism = has ? Enum(s, "mechanism", check, (ClearingMechanism?)ClearingMechanism.Average, Mechanisms) : ClearingMechanism.Average;
        return Construct(check, () => has
            ? new MarketConfig(
                Number(s, "min_price", check, 0),
                Number(s, "max_price", check, 1000),
                Number(s, "min_quantity", check, 0),
                Number(s, "max_quantity", check, 1000),
                mechanism ?? ClearingMechanism.Average,
                Number(s, "bid_ask_factor", check, 0.5),
                Number(s, "loss_factor", check, 0.03),
                Number(s, "buyer_fee_share", check, 0.5),
                Number(s, "filled_threshold_kwh", check, 1e-6),
                Boolean(s, "enable_partner_preference", check, false))
            : new MarketConfig());
    }

    private static (DsoTariffProfile?, DsoInterventionSettings?) ReadDso(JsonElement s, ViolationCollector check)
    {
        var fit = Numbers(s, "feed_in_tariff", check);
        var up = Numbers(s, "utility_price", check);
        var tariffs = Construct(check, () => new DsoTariffProfile(fit, up));
        var intervention = Construct(check, () => new DsoInterventionSettings(
            Number(s, "congestion_threshold", check, 0.8),
            Number(s, "fee_multiplier", check, 1),
            Number(s, "price_adjustment", check, 0),
            Boolean(s, "adaptive_threshold", check, false)));
        return (tariffs, intervention);
    }

    private static (GridNetworkTopology?, ulong) ReadGrid(JsonElement s, ViolationCollector check, MarketConfig? config, int agentCount)
    {
        var kind = Enum<GridTopologyKind>(s, "topology", check, null, Topologies);
        var nodes = Integer(s, "num_nodes", check, 5);
        var capacity = Number(s, "capacity_kw", check, (config?.MaxQuantity.Value ?? 1000) * Math.Max(1, agentCount));
        var seed = Seed(s, "seed", check);
        return (kind is { } k ? Construct(check, () => new GridNetworkTopology(k, nodes, capacity, seed)) : null, seed);
    }

    private static Dictionary<string, AgentEntry> ReadAgents(IReadOnlyList<JsonElement> elements, ViolationCollector check, GridNetworkTopology? grid, ulong placementSeed)
    {
        var agents = new Dictionary<string, AgentEntry>(StringComparer.Ordinal);
        var requests = new List<AgentNodeRequest>();
        for (var i = 0; i < elements.Count; i++)
        {
            var scope = check.Scope("agents", i);
            if (elements[i].ValueKind != JsonValueKind.Object)
            {
                scope.Add(string.Empty, elements[i].GetRawText(), "must be an object");
                continue;
            }

            var id = Text(elements[i], "id", scope, required: true);
            var node = Text(elements[i], "node", scope, required: false);
            double? reputation = elements[i].TryGetProperty("reputation", out var r) && r.ValueKind != JsonValueKind.Null ? Number(elements[i], "reputation", scope) : null;
            if (reputation is { } rep)
            {
                scope.InRange("reputation", rep, 0, 1);
            }

            if (node is not null && grid is null)
            {
                scope.Add("node", node, "needs a \"grid\" section to place the agent on");
            }
            else if (node is not null && !grid!.ContainsNode(node))
            {
                scope.Add("node", node, $"is not a node of the {grid.Kind} grid ({grid.NodeCount} nodes)");
            }

            if (id is null)
            {
                continue;
            }

            if (!agents.TryAdd(id, new AgentEntry(id, node, reputation)))
            {
                scope.Add("id", id, "is a duplicate agent id");
                continue;
            }

            requests.Add(new AgentNodeRequest(id, node));
        }

        if (grid is not null && !check.HasViolations)
        {
            var seeds = new RandomStreams(placementSeed).For("grid.placement");
            foreach (var (id, location) in Construct(check, () => grid.AssignAgents(requests, seeds)) ?? new Dictionary<string, NodeLocation>())
            {
                agents[id] = agents[id] with { Node = location.NodeId };
            }
        }

        return agents;
    }

    private static Order[] ReadOrders(IReadOnlyList<JsonElement> elements, ViolationCollector check, Dictionary<string, AgentEntry> agents)
    {
        var orders = new List<Order>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            var scope = check.Scope("orders", i);
            var e = elements[i];
            if (e.ValueKind != JsonValueKind.Object)
            {
                scope.Add(string.Empty, e.GetRawText(), "must be an object");
                continue;
            }

            var agentId = Text(e, "agent", scope, required: true);
            var side = Text(e, "side", scope, required: true);
            var price = Number(e, "price", scope);
            var quantity = Number(e, "quantity", scope);
            var timestamp = Number(e, "timestamp", scope, 0);
            var partner = Text(e, "partner", scope, required: false);
            var id = Text(e, "id", scope, required: false) ?? $"{agentId}_{i}";
            scope.Finite("price", price);
            scope.AtLeast("quantity", quantity, 0);
            scope.Finite("timestamp", timestamp);
            OrderSide? parsedSide = side switch
            {
                "buy" => OrderSide.Buy,
                "sell" => OrderSide.Sell,
                _ => null,
            };
            if (side is not null && parsedSide is null)
            {
                scope.Add("side", side, "must be \"buy\" or \"sell\"");
            }

            AgentEntry? agent = null;
            if (agentId is not null && !agents.TryGetValue(agentId, out agent))
            {
                scope.Add("agent", agentId, "is not listed in \"agents\"");
            }

            if (partner is not null && partner != MarketParticipants.DsoId && !agents.ContainsKey(partner))
            {
                scope.Add("partner", partner, $"must be an agent id or \"{MarketParticipants.DsoId}\"");
            }

            if (agent is not null && parsedSide is { } sd && double.IsFinite(price) && double.IsFinite(quantity))
            {
                orders.Add(new Order(id, agent.Id, new PriceUsdPerMWh(price), new EnergyKWh(quantity), sd, timestamp, agent.Node, partner));
            }
        }

        return [.. orders];
    }

    /// <summary>Runs a validating constructor and moves its violations into <paramref name="check"/>'s scope.</summary>
    private static T? Construct<T>(ViolationCollector check, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ValidationException ex)
        {
            foreach (var v in ex.Violations)
            {
                check.Require(false, v.Field, v.Value, v.Description);
            }

            return null;
        }
    }

    private sealed record AgentEntry(string Id, string? Node, double? Reputation);
}
