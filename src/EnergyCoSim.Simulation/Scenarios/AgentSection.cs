namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>One agent, or a group of <see cref="Count"/> similar agents whose id holds an <c>{n}</c> placeholder.</summary>
public sealed class AgentSection
{
    /// <summary>Agent id; with count &gt; 1 it must contain <c>{n}</c> or <c>{n:000}</c> (1-based index).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>How many agents this entry defines.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Installed generation capacity, kW; scales the profiles.</summary>
    public double CapacityKw { get; init; }

    /// <summary>Optional [low, high] added to the capacity, drawn uniformly per agent from its own stream, kW.</summary>
    public List<double>? CapacityJitterKw { get; init; }

    /// <summary>Grid node to pin the agent to; omitted: a seeded random free node.</summary>
    public string? Node { get; init; }

    /// <summary>Battery; omitted: no storage.</summary>
    public BatterySection? Battery { get; init; }

    /// <summary>Generation profile; omitted: the solar generator.</summary>
    public ProfileSection? Generation { get; init; }

    /// <summary>Demand profile; omitted: the residential generator.</summary>
    public ProfileSection? Demand { get; init; }
}
