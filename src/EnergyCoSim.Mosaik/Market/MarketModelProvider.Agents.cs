using System.Text.Json;
using System.Text.RegularExpressions;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Validation;
using EnergyCoSim.Grid.Topology;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;
using A = EnergyCoSim.Mosaik.Market.MarketModelAttributes;

namespace EnergyCoSim.Mosaik.Market;

/// <content>
/// Prosumers and batteries created one by one and attached to a market created with <c>agents="none"</c>. Each create
/// appends scenario agent entries to the in-memory scenario document, which the scenario validator (and compiler)
/// judge with every agent created so far; a refused create leaves the document as it was.
/// </content>
public sealed partial class MarketModelProvider
{
    private readonly List<AgentSection> _created = [];
    private readonly Dictionary<string, int> _nextDefaultId = new(StringComparer.Ordinal);
    private ScenarioDocument? _document;
    private bool _individualAgents;

    /// <summary>Reads the market's <c>agents</c> param: true for "none" or "" (agents created individually), false for "scenario".</summary>
    private static bool ReadAgentsMode(IReadOnlyDictionary<string, JsonElement> parameters, List<FieldViolation> violations)
    {
        if (!parameters.TryGetValue("agents", out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        var text = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        switch (text)
        {
            case "scenario":
                return false;
            case "none" or "":
                return true;
            default:
                violations.Add(new FieldViolation($"{A.MarketModel}.agents", text ?? Protocol.MosaikJson.Describe(v), "must be \"scenario\" (the scenario's agents) or \"none\" (create Prosumer/Battery entities with market=<eid>)"));
                return false;
        }
    }

    private List<MosaikEntity> CreateAgents(int count, string model, IReadOnlyDictionary<string, JsonElement> parameters)
    {
        var battery = model == A.BatteryModel;
        var allowed = battery ? MarketAgentParams.Battery : MarketAgentParams.Prosumer;
        var violations = new List<FieldViolation>();
        foreach (var name in parameters.Keys.Where(k => !allowed.Contains(k)))
        {
            violations.Add(new FieldViolation($"{model}.{name}", null, $"is not a parameter (known: {string.Join(", ", allowed)})"));
        }

        var attached = CheckMarket(model, parameters, violations);
        var template = MarketAgentParams.Read(model, battery, parameters, violations);
        if (template.Id.Length > 0 && count > 1 && !template.Id.Contains("{n", StringComparison.Ordinal))
        {
            violations.Add(new FieldViolation($"{model}.id", template.Id, $"must contain {{n}} or {{n:000}} (1-based) when num > 1 ({count})"));
        }

        var taken = _created.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var next = _nextDefaultId.GetValueOrDefault(model);
        var sections = new List<AgentSection>(count);
        for (var n = 1; n <= count; n++)
        {
            sections.Add(Section(template, template.Id.Length > 0 ? AgentGroups.FormatId(template.Id, n) : NextDefaultId(model, taken, ref next)));
        }

        // Without a market of its own the document holds the file's agents (or none): nothing to judge the agents against.
        if (attached && sections.Count > 0)
        {
            ValidateWithScenario(model, sections, violations);
        }

        ThrowIfAny(violations, $"create {model}");
        _created.AddRange(sections);
        _document!.Agents.AddRange(sections);
        _nextDefaultId[model] = next;
        return sections.Select(s => new MosaikEntity(s.Id, model, Rel: [_marketEid!])).ToList();
    }

    /// <summary>Generated ids count per model over the session (battery_0, battery_1, …), skipping ids already in use.</summary>
    private static string NextDefaultId(string model, HashSet<string> taken, ref int next)
    {
        string id;
        do
        {
            id = model.ToLowerInvariant() + "_" + next.ToString(System.Globalization.CultureInfo.InvariantCulture);
            next++;
        }
        while (!taken.Add(id));
        return id;
    }

    private bool CheckMarket(string model, IReadOnlyDictionary<string, JsonElement> parameters, List<FieldViolation> violations)
    {
        var value = parameters.TryGetValue("market", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var shown = value ?? (m.ValueKind == JsonValueKind.Undefined ? null : Protocol.MosaikJson.Describe(m));
        if (_marketEid is null || value != _marketEid)
        {
            var known = _marketEid is null ? "no Market exists yet: create(1, \"Market\", agents=\"none\") first" : $"known: {_marketEid}";
            violations.Add(new FieldViolation($"{model}.market", shown, $"must name a Market of this simulator ({known})"));
            return false;
        }

        if (!_individualAgents)
        {
            violations.Add(new FieldViolation($"{model}.market", shown, "was created with the scenario's agents; create the Market with agents=\"none\" to attach prosumers to it"));
            return false;
        }

        return true;
    }

    private static AgentSection Section(AgentSection t, string id) => new()
    {
        Id = id,
        CapacityKw = t.CapacityKw,
        CapacityJitterKw = t.CapacityJitterKw,
        Node = t.Node,
        Battery = t.Battery,
        Generation = t.Generation,
        Demand = t.Demand,
    };

    /// <summary>
    /// The scenario's own rules on the document with these agents appended: validator over all agents, compiler over
    /// the new ones, grid placement (pinned nodes, free nodes) over all. Violations are renamed to the create params.
    /// </summary>
    private void ValidateWithScenario(string model, List<AgentSection> sections, List<FieldViolation> violations)
    {
        var document = _document!;
        var offset = _created.Count;
        var known = violations.Select(v => v.Field).ToHashSet(StringComparer.Ordinal);
        var found = new List<FieldViolation>();
        document.Agents.AddRange(sections);
        try
        {
            var errors = new ViolationCollector();
            ScenarioValidator.Validate(document, errors);
            found.AddRange(errors.Violations.Select(v => Rename(v, offset, model)));
            if (found.Count == 0 && violations.Count == 0)
            {
                // The compiler's own checks (battery spec, profile columns) on the new agents only, so a create costs
                // O(new agents) there; placement needs them all.
                document.Agents.RemoveRange(0, offset);
                var compiled = Catch(() => ScenarioCompiler.Compile(document), found, v => Rename(v, 0, model));
                document.Agents.InsertRange(0, _created);
                if (compiled is not null)
                {
                    var nodes = document.Grid.Nodes ?? Math.Max(2, document.Agents.Count);
                    var topology = new GridNetworkTopology(compiled.TopologyKind, nodes, compiled.GridCapacityKW, compiled.GridSeed, 0);
                    var requests = document.Agents.Select(a => new AgentNodeRequest(a.Id, a.Node)).ToArray();
                    Catch(() => topology.AssignAgents(requests, new RandomStream(0)), found, v => Rename(v, offset, model));
                }
            }
        }
        finally
        {
            document.Agents.Clear();
            document.Agents.AddRange(_created);
        }

        // Params are shared by the num entities of one create: each problem once, and none twice for a field already refused.
        violations.AddRange(found.Where(v => !known.Contains(v.Field)).Distinct());
    }

    private static T? Catch<T>(Func<T> action, List<FieldViolation> found, Func<FieldViolation, FieldViolation> rename)
        where T : class
    {
        try
        {
            return action();
        }
        catch (ValidationException ex)
        {
            found.AddRange(ex.Violations.Select(rename));
            return null;
        }
    }

    private static FieldViolation Rename(FieldViolation v, int offset, string model)
    {
        var m = AgentField().Match(v.Field);
        if (!m.Success || int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < offset)
        {
            return v;
        }

        var rest = m.Groups[2].Value;
        rest = rest.StartsWith("battery.", StringComparison.Ordinal) ? rest["battery.".Length..] : rest;
        rest = rest switch { "node_id" => "node", "agent_id" => "id", _ => rest };
        return v with { Field = rest.Length == 0 ? model : $"{model}.{rest}" };
    }

    /// <summary>The scenario compiled with the created agents in place of the file's (setup_done).</summary>
    private CompiledScenario CompileCreated(TimeSpan interval)
    {
        if (_created.Count == 0)
        {
            throw new ValidationException(
                $"{A.MarketModel}.agents", 0, $"has no agents at setup_done: create {A.ProsumerModel} or {A.BatteryModel} entities with market=\"{_marketEid}\" first");
        }

        return ScenarioCompiler.Compile(_document!) with { MarketInterval = interval };
    }

    [GeneratedRegex(@"^agents\[(\d+)\]\.?(.*)$")]
    private static partial Regex AgentField();
}
