using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>Checks a <see cref="ScenarioDocument"/> and reports every problem at once, with its path in the file.</summary>
public static class ScenarioValidator
{
    /// <summary>Known clearing mechanism names.</summary>
    public static readonly IReadOnlyList<string> Mechanisms =
        ["average", "buyer", "seller", "bid_ask_spread", "nash_bargaining", "proportional_surplus"];

    /// <summary>Known topology names.</summary>
    public static readonly IReadOnlyList<string> Topologies = ["ieee34", "ieee13", "mesh", "ring", "line"];

    /// <summary>Known strategy names.</summary>
    public static readonly IReadOnlyList<string> Strategies = ["zero-intelligence", "rule-based", "policy"];

    private static readonly string[] ProfileSources = ["solar", "residential", "constant", "csv", "values"];
    private static readonly string[] TariffSources = ["random", "csv", "values"];

    /// <summary>Collects every violation of <paramref name="scenario"/> into <paramref name="errors"/>.</summary>
    public static void Validate(ScenarioDocument scenario, ViolationCollector errors)
    {
        errors.Require(scenario.SchemaVersion == 1, "schema_version", scenario.SchemaVersion, "must be 1 (the only schema version)");
        errors.InRange("max_steps", scenario.MaxSteps, 1, 1_000_000);
        errors.InRange("episodes", scenario.Episodes, 1, 1_000_000);
        errors.InRange("market_interval_minutes", scenario.MarketIntervalMinutes, 1, 1440);
        if (scenario.MarketIntervalSeconds is { } seconds)
        {
            errors.InRange("market_interval_seconds", seconds, 1, 86_400);
            errors.Require(!scenario.MarketIntervalMinutesGiven, "market_interval_seconds", seconds, $"cannot be given together with market_interval_minutes ({scenario.MarketIntervalMinutes}); keep one of them");
        }

        OneOf(errors, "strategy", scenario.Strategy, Strategies);
        errors.Require(scenario.Strategy != "policy" || !string.IsNullOrWhiteSpace(scenario.Checkpoint), "checkpoint", scenario.Checkpoint, "is required when strategy is policy");
        ValidateMarket(scenario.Market, errors.Scope("market"));
        var agents = AgentGroups.Expand(scenario.Agents);
        errors.Require(agents.Count >= 1, "agents", agents.Count, "must define at least one agent");
        ValidateGrid(scenario.Grid, agents.Count(a => a.Section.Node is null), errors.Scope("grid"));
        ValidateDso(scenario, errors.Scope("dso"));
        for (var i = 0; i < scenario.Agents.Count; i++)
        {
            ValidateAgent(scenario, scenario.Agents[i], errors.Scope("agents", i));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var agent in agents)
        {
            errors.Require(seen.Add(agent.Id), $"agents[{agent.SectionIndex}].id", agent.Id, "is not unique");
            errors.Require(agent.Id != scenario.Dso.Id, $"agents[{agent.SectionIndex}].id", agent.Id, "is the DSO's id");
        }
    }

    /// <summary>Validates and throws a <see cref="Core.Errors.ValidationException"/> listing every problem.</summary>
    public static void ThrowIfInvalid(ScenarioDocument scenario)
    {
        var errors = new ViolationCollector();
        Validate(scenario, errors);
        errors.ThrowIfAny($"scenario {scenario.Source}");
    }

    private static void ValidateMarket(MarketSection m, ViolationCollector e)
    {
        e.AtLeast("min_price", m.MinPrice, 0);
        e.Require(m.MaxPrice > m.MinPrice, "max_price", m.MaxPrice, $"must be > min_price ({m.MinPrice})");
        e.AtLeast("min_quantity", m.MinQuantity, 0);
        e.Require(m.MaxQuantity > m.MinQuantity, "max_quantity", m.MaxQuantity, $"must be > min_quantity ({m.MinQuantity})");
        OneOf(e, "mechanism", m.Mechanism, Mechanisms);
        e.InRange("bid_ask_factor", m.BidAskFactor, 0, 1);
        e.InRange("blockchain_difficulty", m.BlockchainDifficulty, 1, 8);
        e.AtLeast("threshold", m.Threshold, 0);
        e.InRange("loss_factor", m.LossFactor, 0, 1);
        e.InRange("fee_buyer_share", m.FeeBuyerShare, 0, 1);
    }

    private static void ValidateGrid(GridSection g, int agentCount, ViolationCollector e)
    {
        OneOf(e, "topology", g.Topology, Topologies);
        if (g.Nodes is { } nodes)
        {
            e.InRange("nodes", nodes, 2, 1_000_000);
            e.Require(g.Topology is "ieee34" or "ieee13" || nodes >= agentCount, "nodes", nodes, $"must be ≥ the number of agents without a node ({agentCount})");
        }

        var fixedNodes = g.Topology switch { "ieee34" => 34, "ieee13" => 14, _ => int.MaxValue };
        e.Require(agentCount <= fixedNodes, "topology", g.Topology, $"has {fixedNodes} nodes, fewer than the {agentCount} agents without a node");
        if (g.CapacityKw is { } cap)
        {
            e.GreaterThan("capacity_kw", cap, 0);
        }
    }

    private static void ValidateDso(ScenarioDocument s, ViolationCollector e)
    {
        e.NotEmpty("id", s.Dso.Id);
        ValidateTariff(s, s.Dso.FeedIn, e.Scope("feed_in"));
        ValidateTariff(s, s.Dso.Utility, e.Scope("utility"));
        if (s.Dso.FeedIn is { Source: "values", Values: { } fit } && s.Dso.Utility is { Source: "values", Values: { } up })
        {
            for (var t = 0; t < Math.Min(fit.Count, up.Count); t++)
            {
                e.Require(fit[t] <= up[t], $"feed_in.values[{t}]", fit[t], $"must be ≤ utility.values[{t}] ({up[t]})");
            }
        }

        if (s.Dso.Intervention is { } iv)
        {
            var ie = e.Scope("intervention");
            ie.InRange("congestion_threshold", iv.CongestionThreshold, 0, 1);
            ie.AtLeast("fee_multiplier", iv.FeeMultiplier, 0);
            ie.InRange("price_adjustment", iv.PriceAdjustment, 0, 1);
        }
    }

    private static void ValidateTariff(ScenarioDocument s, TariffSection t, ViolationCollector e)
    {
        if (!OneOf(e, "source", t.Source, TariffSources))
        {
            return;
        }

        if (t.Source == "csv")
        {
            RequireFile(s, t.File, e);
        }
        else if (t.Source == "values")
        {
            ValidateValues(t.Values, s.MaxSteps, s.Market.MinPrice, s.Market.MaxPrice, e);
        }
    }

    private static void ValidateAgent(ScenarioDocument s, AgentSection a, ViolationCollector e)
    {
        e.NotEmpty("id", a.Id);
        e.InRange("count", a.Count, 1, 1_000_000);
        e.Require(a.Count == 1 || a.Id.Contains("{n", StringComparison.Ordinal), "id", a.Id, "must contain {n} or {n:000} when count > 1");
        e.AtLeast("capacity_kw", a.CapacityKw, 0);
        if (a.CapacityJitterKw is { } jitter && e.Require(jitter.Count == 2, "capacity_jitter_kw", jitter.Count, "must be [low, high]"))
        {
            e.Require(jitter[0] <= jitter[1] && a.CapacityKw + jitter[0] >= 0, "capacity_jitter_kw", $"[{jitter[0]}, {jitter[1]}]", "must satisfy low ≤ high and capacity_kw + low ≥ 0");
        }

        if (a.Battery is { } b)
        {
            ValidateBattery(a, b, e.Scope("battery"));
        }

        ValidateProfile(s, a.Generation, e.Scope("generation"));
        ValidateProfile(s, a.Demand, e.Scope("demand"));
    }

    private static void ValidateBattery(AgentSection a, BatterySection b, ViolationCollector e)
    {
        var sizes = (b.CapacityKwh is null ? 0 : 1) + (b.CapacityRatio is null ? 0 : 1) + (b.CapacityRatioRange is null ? 0 : 1);
        e.Require(sizes == 1, "capacity_kwh", b.CapacityKwh, "or capacity_ratio or capacity_ratio_range must be given (exactly one)");
        if (b.CapacityRatioRange is { } range && e.Require(range.Count == 2, "capacity_ratio_range", range.Count, "must be [low, high]"))
        {
            e.Require(range[0] > 0 && range[0] <= range[1], "capacity_ratio_range", $"[{range[0]}, {range[1]}]", "must satisfy 0 < low ≤ high");
        }
        if (b.CapacityKwh is { } kwh)
        {
            e.GreaterThan("capacity_kwh", kwh, 0);
        }

        if (b.CapacityRatio is { } ratio)
        {
            e.GreaterThan("capacity_ratio", ratio, 0);
            e.Require(a.CapacityKw > 0, "capacity_ratio", ratio, "needs the agent's capacity_kw > 0");
        }

        e.InRange("min_soc", b.MinSoc, 0, 1);
        e.InRange("max_soc", b.MaxSoc, 0, 1);
        e.Require(b.MinSoc < b.MaxSoc, "max_soc", b.MaxSoc, $"must be > min_soc ({b.MinSoc})");
        foreach (var (name, value) in new[] { ("efficiency", b.Efficiency), ("charge_efficiency", b.ChargeEfficiency), ("discharge_efficiency", b.DischargeEfficiency) })
        {
            if (value is { } eta)
            {
                e.Require(double.IsFinite(eta) && eta > 0 && eta <= 1, name, eta, "is outside (0, 1]");
            }
        }

        e.GreaterThan("c_rate", b.CRate, 0);
        e.Require(b.SelfDischargePerHour >= 0 && b.SelfDischargePerHour < 1, "self_discharge_per_hour", b.SelfDischargePerHour, "is outside [0, 1)");
        if (b.InitialSoc is { } soc)
        {
            e.Require(soc >= b.MinSoc && soc <= b.MaxSoc, "initial_soc", soc, $"is outside the SoC window [{b.MinSoc}, {b.MaxSoc}]");
        }

        if (b.Degradation is { } d)
        {
            e.InRange("degradation.fade_per_cycle", d.FadePerCycle, 0, 0.01);
            e.InRange("degradation.fade_per_day", d.FadePerDay, 0, 0.01);
        }
    }

    private static void ValidateProfile(ScenarioDocument s, ProfileSection? p, ViolationCollector e)
    {
        if (p is null)
        {
            return;
        }

        if (p.Source is not null && OneOf(e, "source", p.Source, ProfileSources))
        {
            if (p.Source == "csv")
            {
                RequireFile(s, p.File, e);
            }
            else if (p.Source == "values")
            {
                ValidateValues(p.Values, s.MaxSteps, 0, double.MaxValue, e);
            }
        }

        e.AtLeast("multiplier", p.Multiplier, 0);
        e.InRange("noise", p.Noise, 0, 1);
        if (p.ScaleKw is { } scale)
        {
            e.AtLeast("scale_kw", scale, 0);
        }

        for (var i = 0; i < (p.Windows?.Count ?? 0); i++)
        {
            var w = p.Windows![i];
            var we = e.Scope("windows", i);
            we.InRange("from_hour", w.FromHour, 0, 24);
            we.InRange("to_hour", w.ToHour, 0, 24);
            we.Require(w.FromHour <= w.ToHour, "to_hour", w.ToHour, $"must be ≥ from_hour ({w.FromHour})");
            we.AtLeast("multiplier", w.Multiplier, 0);
        }

        if (p.Clip is { } clip && e.Require(clip.Count == 2, "clip", clip.Count, "must be [low, high]"))
        {
            e.Require(clip[0] >= 0 && clip[0] <= clip[1], "clip", $"[{clip[0]}, {clip[1]}]", "must satisfy 0 ≤ low ≤ high");
        }
    }

    private static void ValidateValues(List<double>? values, int maxSteps, double min, double max, ViolationCollector e)
    {
        if (!e.Require(values is { Count: > 0 }, "values", values?.Count, "must list one value per market interval"))
        {
            return;
        }

        e.Require(values!.Count == maxSteps, "values", values.Count, $"has {values.Count} entries; max_steps is {maxSteps}");
        for (var i = 0; i < values.Count; i++)
        {
            e.InRange($"values[{i}]", values[i], min, max);
        }
    }

    private static void RequireFile(ScenarioDocument s, string? file, ViolationCollector e)
    {
        if (e.NotEmpty("file", file))
        {
            var path = Path.Combine(s.BaseDirectory, file!);
            e.Require(File.Exists(path), "file", file, $"does not exist (looked in {Path.GetFullPath(path)})");
        }
    }

    private static bool OneOf(ViolationCollector e, string field, string? value, IReadOnlyList<string> allowed) =>
        e.Require(value is not null && allowed.Contains(value), field, value, $"is not one of {string.Join(", ", allowed)}");
}
