using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Agents.Prosumers;
using EnergyCoSim.Agents.Storage;
using EnergyCoSim.Agents.Tariffs;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Grid.Topology;
using EnergyCoSim.Market.Configuration;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Pricing;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Simulation.Building;

/// <summary>
/// Turns a validated <see cref="ScenarioDocument"/> into domain objects. Per-agent draws made once per scenario
/// (capacity jitter, battery ratio ranges) use streams ("capacity", id) and ("battery_size", id).
/// </summary>
public static class ScenarioCompiler
{
    /// <summary>Stream purpose of the capacity jitter draws.</summary>
    public const string CapacityPurpose = "capacity";

    /// <summary>Stream purpose of battery size draws.</summary>
    public const string BatterySizePurpose = "battery_size";

    /// <summary>Compiles <paramref name="scenario"/> (validating it first).</summary>
    public static CompiledScenario Compile(ScenarioDocument scenario)
    {
        ScenarioValidator.ThrowIfInvalid(scenario);
        var streams = new RandomStreams(scenario.Seed);
        var m = scenario.Market;
        var market = new MarketConfig(
            m.MinPrice, m.MaxPrice, m.MinQuantity, m.MaxQuantity, ParseMechanism(m.Mechanism), m.BidAskFactor, m.LossFactor,
            m.FeeBuyerShare, m.Threshold, m.PartnerPreference, m.BlockchainDifficulty);
        var tables = new Dictionary<string, CsvProfileTable>(StringComparer.Ordinal);
        var agents = new List<CompiledAgent>();
        foreach (var expanded in AgentGroups.Expand(scenario.Agents))
        {
            var section = expanded.Section;
            var capacity = section.CapacityKw;
            if (section.CapacityJitterKw is { Count: 2 } jitter)
            {
                capacity += streams.For(CapacityPurpose, expanded.Id).Uniform(jitter[0], jitter[1]);
            }

            var battery = section.Battery is { } b ? Battery(b, capacity, streams.For(BatterySizePurpose, expanded.Id), $"agents[{expanded.SectionIndex}].battery") : null;
            var generation = Recipe(scenario, section.Generation, isGeneration: true, tables, $"agents[{expanded.SectionIndex}].generation");
            var demand = Recipe(scenario, section.Demand, isGeneration: false, tables, $"agents[{expanded.SectionIndex}].demand");
            var spec = new ProsumerAgentSpec(expanded.Id, new PowerKW(capacity), section.Node, battery, generation, demand, $"agents[{expanded.SectionIndex}]");
            agents.Add(new CompiledAgent(spec, expanded.SectionIndex, section.Node));
        }

        var n = agents.Count;
        var grid = scenario.Grid;
        var kind = grid.Topology switch
        {
            "ieee34" => GridTopologyKind.Ieee34,
            "ieee13" => GridTopologyKind.Ieee13,
            "mesh" => GridTopologyKind.Mesh,
            "ring" => GridTopologyKind.Ring,
            _ => GridTopologyKind.Line,
        };
        var intervention = scenario.Dso.Intervention is { } iv
            ? new DsoInterventionSettings(iv.CongestionThreshold, iv.FeeMultiplier, iv.PriceAdjustment, iv.AdaptiveThreshold)
            : DsoInterventionSettings.Default;
        return new CompiledScenario
        {
            Document = scenario,
            Streams = streams,
            Market = market,
            Agents = agents,
            TopologyKind = kind,
            NodeCount = grid.Nodes ?? Math.Max(2, n),
            GridCapacityKW = grid.CapacityKw ?? (m.MaxQuantity * n),
            GridSeed = grid.Seed ?? scenario.Seed,
            FeedInSource = Tariff(scenario, scenario.Dso.FeedIn, tables),
            UtilitySource = Tariff(scenario, scenario.Dso.Utility, tables),
            TariffGenerator = new DsoTariffGenerator(m.MinPrice, m.MaxPrice),
            Intervention = intervention,
            MarketInterval = scenario.MarketInterval,
        };
    }

    /// <summary>Maps a scenario mechanism name to the enum.</summary>
    public static ClearingMechanism ParseMechanism(string name) => name switch
    {
        "average" => ClearingMechanism.Average,
        "buyer" => ClearingMechanism.Buyer,
        "seller" => ClearingMechanism.Seller,
        "bid_ask_spread" => ClearingMechanism.BidAskSpread,
        "nash_bargaining" => ClearingMechanism.NashBargaining,
        "proportional_surplus" => ClearingMechanism.ProportionalSurplus,
        _ => throw new ValidationException("market.mechanism", name, "is not a clearing mechanism"),
    };

    private static BatterySpec Battery(BatterySection b, double capacityKW, RandomStream sizeStream, string scope)
    {
        var size = b.CapacityKwh
            ?? (b.CapacityRatio is { } ratio ? ratio * capacityKW : sizeStream.Uniform(b.CapacityRatioRange![0], b.CapacityRatioRange[1]) * capacityKW);
        var charge = b.ChargeEfficiency ?? b.Efficiency ?? 1.0;
        var discharge = b.DischargeEfficiency ?? b.Efficiency ?? 1.0;
        return new BatterySpec(
            new EnergyKWh(size), b.MinSoc, b.MaxSoc, charge, discharge, b.CRate, null, b.SelfDischargePerHour,
            b.Degradation?.FadePerCycle ?? 0, b.Degradation?.FadePerDay ?? 0, b.InitialSoc, scope);
    }

    private static ProfileRecipe Recipe(ScenarioDocument s, ProfileSection? p, bool isGeneration, Dictionary<string, CsvProfileTable> tables, string scope)
    {
        var sourceName = p?.Source ?? (isGeneration ? "solar" : "residential");
        IProfileSource source = sourceName switch
        {
            "solar" => new SolarGenerationSource(),
            "residential" => new ResidentialDemandSource(),
            "constant" => new ConstantProfileSource(),
            "values" => new InlineProfileSource(p!.Values!),
            _ => isGeneration
                ? CsvProfileSource.Generation(Table(s, p!.File!, tables), ProfileColumn.Parse(p.Column))
                : CsvProfileSource.Demand(Table(s, p!.File!, tables), ProfileColumn.Parse(p.Column)),
        };
        if (p is null)
        {
            return new ProfileRecipe(source, ProfileShaping.None);
        }

        if (p.ScaleKw is not null || p.Noise > 0)
        {
            source = new ShapedProfileSource(source, p.ScaleKw, p.Noise);
        }

        var windows = p.Windows?.Select(w => new ProfileWindow(w.FromHour, w.ToHour, w.Multiplier)).ToArray();
        var shaping = new ProfileShaping(p.Multiplier, windows, p.Clip?[0], p.Clip?[1], scope);
        return new ProfileRecipe(source, shaping);
    }

    private static TariffSource Tariff(ScenarioDocument s, TariffSection t, Dictionary<string, CsvProfileTable> tables) => t.Source switch
    {
        "csv" => TariffSource.Csv(Table(s, t.File!, tables), ProfileColumn.Parse(t.Column)),
        "values" => TariffSource.FromValues(t.Values!),
        _ => TariffSource.Random,
    };

    private static CsvProfileTable Table(ScenarioDocument s, string file, Dictionary<string, CsvProfileTable> tables)
    {
        var path = Path.GetFullPath(Path.Combine(s.BaseDirectory, file));
        if (!tables.TryGetValue(path, out var table))
        {
            table = CsvProfileTable.Load(path);
            tables[path] = table;
        }

        return table;
    }
}
