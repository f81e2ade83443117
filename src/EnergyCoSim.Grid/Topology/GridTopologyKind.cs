namespace EnergyCoSim.Grid.Topology;

/// <summary>The network shapes of spec §2.1: two IEEE feeders and three procedural graphs.</summary>
public enum GridTopologyKind
{
    /// <summary>IEEE 34-bus feeder (34 nodes, 33 edges including the 832–888 transformer link).</summary>
    Ieee34,

    /// <summary>IEEE 13-bus feeder (14 nodes, 14 edges, one cycle).</summary>
    Ieee13,

    /// <summary>Complete graph on n nodes with seeded edge weights 0.5 + U(0, 1).</summary>
    Mesh,

    /// <summary>Cycle on n nodes with seeded edge weights.</summary>
    Ring,

    /// <summary>Path on n nodes with seeded edge weights.</summary>
    Line,
}
