using YamlDotNet.Serialization;

namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>
/// A scenario file (schema version 1, YAML or JSON): everything a MARLEM <c>env_config</c> holds. Field names are
/// snake_case in the file; see docs/scenario-format.md. Validate with <see cref="ScenarioValidator"/>.
/// </summary>
public sealed class ScenarioDocument
{
    /// <summary>Schema version of the file; only 1 exists.</summary>
    public int SchemaVersion { get; init; }

    /// <summary>Scenario name (defaults to the file name without extension).</summary>
    public string? Name { get; set; }

    /// <summary>One paragraph for humans.</summary>
    public string? Description { get; init; }

    /// <summary>Scenario seed; every random stream derives from it.</summary>
    public ulong Seed { get; set; } = 42;

    /// <summary>Episodes to run.</summary>
    public int Episodes { get; init; } = 1;

    /// <summary>Market intervals per episode (24 for a day of hourly intervals).</summary>
    public int MaxSteps { get; init; }

    private readonly int _marketIntervalMinutes = 60;

    /// <summary>Length of one market interval in minutes (default 60; exclusive with <see cref="MarketIntervalSeconds"/>).</summary>
    public int MarketIntervalMinutes
    {
        get => _marketIntervalMinutes;
        init
        {
            _marketIntervalMinutes = value;
            MarketIntervalMinutesGiven = true;
        }
    }

    /// <summary>Length of one market interval in seconds, for sub-minute (hardware-in-the-loop style) runs; exclusive with minutes.</summary>
    public int? MarketIntervalSeconds { get; init; }

    /// <summary>True when the file set <c>market_interval_minutes</c> (so it can be refused next to seconds).</summary>
    [YamlIgnore]
    [System.Text.Json.Serialization.JsonIgnore]
    public bool MarketIntervalMinutesGiven { get; private set; }

    /// <summary>The market interval: <c>market_interval_seconds</c> when given, else <c>market_interval_minutes</c>.</summary>
    [YamlIgnore]
    [System.Text.Json.Serialization.JsonIgnore]
    public TimeSpan MarketInterval => MarketIntervalSeconds is { } s ? TimeSpan.FromSeconds(s) : TimeSpan.FromMinutes(MarketIntervalMinutes);

    /// <summary>Agent strategy: zero-intelligence (default), rule-based or policy.</summary>
    public string Strategy { get; init; } = "zero-intelligence";

    /// <summary>Checkpoint directory of a trained policy (strategy = policy).</summary>
    public string? Checkpoint { get; init; }

    /// <summary>Market rules.</summary>
    public MarketSection Market { get; init; } = new();

    /// <summary>Grid the agents sit on.</summary>
    public GridSection Grid { get; init; } = new();

    /// <summary>DSO tariffs and intervention settings.</summary>
    public DsoSection Dso { get; init; } = new();

    /// <summary>Agents (a group with <c>count</c> &gt; 1 expands to several agents).</summary>
    public List<AgentSection> Agents { get; init; } = [];

    /// <summary>Optional co-simulation with a feeder (power flow and DSO control); null for a market-only scenario.</summary>
    public CosimSection? Cosim { get; init; }

    /// <summary>Directory relative paths in the file are resolved against (set by the loader).</summary>
    [YamlIgnore]
    public string BaseDirectory { get; set; } = ".";

    /// <summary>Where the document came from (a path or "inline").</summary>
    [YamlIgnore]
    public string Source { get; set; } = "inline";
}
