using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Tests.Support;

namespace EnergyCoSim.Simulation.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    [Fact]
    public void LoadAll_Case5Folder_LoadsTheSixSeedScenarios()
    {
        var scenarios = ScenarioLoader.LoadAll(RepositoryPaths.Examples("case5-battery-coordination"));

        Assert.Equal(
            ["degradation_aware", "mixed_battery", "no_battery", "strategic_battery", "uniform_large_battery", "uniform_small_battery"],
            scenarios.Select(s => s.Name!).ToArray());
        Assert.All(scenarios, s =>
        {
            Assert.Equal(7, AgentGroups.Expand(s.Agents).Count);
            Assert.Equal(24, s.MaxSteps);
            Assert.Equal(42UL, s.Seed);
            Assert.Equal("mesh", s.Grid.Topology);
            Assert.Equal(1200, s.Grid.CapacityKw);
            Assert.Equal(35, s.Market.MinPrice);
            Assert.Equal(280, s.Market.MaxPrice);
            Assert.Equal(0.1, s.Market.MinQuantity);
            Assert.Equal(200, s.Market.MaxQuantity);
            Assert.Equal("bid_ask_spread", s.Market.Mechanism);
            Assert.True(s.Market.PartnerPreference);
        });
    }

    [Fact]
    public void LoadAll_MixedBattery_HasTheSeedsCapacitiesAndRatios()
    {
        var mixed = ScenarioLoader.Load(RepositoryPaths.Examples("case5-battery-coordination", "mixed_battery.yaml"));
        var byId = mixed.Agents.ToDictionary(a => a.Id);

        Assert.Equal(100, byId["community_storage"].CapacityKw);
        Assert.Equal(1.0, byId["community_storage"].Battery!.CapacityRatio);
        Assert.Equal(0.96, byId["community_storage"].Battery!.Efficiency);
        Assert.Null(byId["no_storage"].Battery);
        Assert.Equal(1.5, byId["storage_heavy"].Battery!.CapacityRatio);
    }

    [Fact]
    public void Expand_GroupWithPlaceholder_FormatsOneBasedPaddedIds()
    {
        var agents = AgentGroups.Expand([new AgentSection { Id = "no_battery_{n:000}", Count = 3, CapacityKw = 60 }]);
        Assert.Equal(["no_battery_001", "no_battery_002", "no_battery_003"], agents.Select(a => a.Id).ToArray());
    }

    [Fact]
    public void ParseAndValidate_ManyProblems_ReportsEveryOneWithItsPath()
    {
        const string yaml = """
            schema_version: 1
            max_steps: 0
            market: { min_price: 50, max_price: 40, mechanism: first_price, bid_ask_factor: 1.5 }
            grid: { topology: star }
            agents:
              - id: a
                capacity_kw: 10
                battery: { capacity_kwh: 5, min_soc: 1.2, max_soc: 0.9, efficiency: 0 }
              - id: a
                capacity_kw: -1
            """;

        var ex = Assert.Throws<ValidationException>(() => ScenarioLoader.ParseAndValidate(yaml));
        var rendered = ex.Violations.Select(v => v.ToString()).ToArray();

        Assert.Contains("max_steps: 0 is outside [1, 1000000]", rendered);
        Assert.Contains("market.max_price: 40 must be > min_price (50)", rendered);
        Assert.Contains(rendered, r => r.StartsWith("market.mechanism: first_price is not one of", StringComparison.Ordinal));
        Assert.Contains("market.bid_ask_factor: 1.5 is outside [0, 1]", rendered);
        Assert.Contains(rendered, r => r.StartsWith("grid.topology: star is not one of", StringComparison.Ordinal));
        Assert.Contains("agents[0].battery.min_soc: 1.2 is outside [0, 1]", rendered);
        Assert.Contains("agents[0].battery.efficiency: 0 is outside (0, 1]", rendered);
        Assert.Contains("agents[1].capacity_kw: -1 must be ≥ 0", rendered);
        Assert.Contains("agents[1].id: a is not unique", rendered);
    }

    [Fact]
    public void Parse_UnknownField_NamesLineAndField()
    {
        const string yaml = "schema_version: 1\nmax_steps: 24\nmarket:\n  min_prise: 3\n";
        var ex = Assert.Throws<ValidationException>(() => ScenarioLoader.Parse(yaml, "s.yaml"));
        Assert.StartsWith("s.yaml:4:", ex.Violations[0].Field, StringComparison.Ordinal);
        Assert.Contains("min_prise", ex.Message);
    }

    [Fact]
    public void Load_MissingFile_IsNotFound() =>
        Assert.Throws<NotFoundException>(() => ScenarioLoader.Load("/nonexistent/scenario.yaml"));

    [Fact]
    public void ParseAndValidate_CsvProfileWithMissingFile_NamesTheFile()
    {
        const string yaml = """
            schema_version: 1
            max_steps: 24
            agents:
              - id: a
                capacity_kw: 10
                generation: { source: csv, file: nope.csv }
            """;
        var ex = Assert.Throws<ValidationException>(() => ScenarioLoader.ParseAndValidate(yaml, baseDirectory: "/tmp"));
        Assert.Contains(ex.Violations, v => v.Field == "agents[0].generation.file" && v.Value == "nope.csv");
    }

    [Fact]
    public void Compile_MarketIntervalSeconds_GivesASubMinuteInterval()
    {
        const string yaml = """
            schema_version: 1
            max_steps: 5
            market_interval_seconds: 15
            agents:
              - { id: a, capacity_kw: 10 }
            """;

        var compiled = Building.ScenarioCompiler.Compile(ScenarioLoader.ParseAndValidate(yaml));

        Assert.Equal(TimeSpan.FromSeconds(15), compiled.MarketInterval);
    }

    [Fact]
    public void ParseAndValidate_SecondsNextToMinutes_IsRefusedNamingBoth()
    {
        const string yaml = """
            schema_version: 1
            max_steps: 5
            market_interval_minutes: 60
            market_interval_seconds: 100000
            agents:
              - { id: a, capacity_kw: 10 }
            """;

        var ex = Assert.Throws<ValidationException>(() => ScenarioLoader.ParseAndValidate(yaml));

        Assert.Contains(ex.Violations, v => v.Field == "market_interval_seconds" && v.Description.Contains("[1, 86400]", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Field == "market_interval_seconds" && v.Description.Contains("market_interval_minutes (60)", StringComparison.Ordinal));
    }
}
