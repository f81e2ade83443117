namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>The grid graph the agents are placed on.</summary>
public sealed class GridSection
{
    /// <summary>Topology: ieee34, ieee13, mesh, ring or line.</summary>
    public string Topology { get; init; } = "ieee34";

    /// <summary>Node count of procedural topologies (defaults to the number of agents).</summary>
    public int? Nodes { get; init; }

    /// <summary>Total transfer capacity in kW (defaults to max_quantity · agents).</summary>
    public double? CapacityKw { get; init; }

    /// <summary>Seed of the edge weights and initial flows (defaults to the scenario seed).</summary>
    public ulong? Seed { get; init; }
}
