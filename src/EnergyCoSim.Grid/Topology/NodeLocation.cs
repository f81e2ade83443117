namespace EnergyCoSim.Grid.Topology;

/// <summary>Where an agent sits: its node, the node's drawing position (also the Euclidean fallback) and its zone.</summary>
/// <param name="NodeId">Node id ("800", "0", ...).</param>
/// <param name="X">Horizontal position in km-like drawing units.</param>
/// <param name="Y">Vertical position in km-like drawing units.</param>
/// <param name="Zone">Zone name ("substation", "zone1", ...).</param>
public sealed record NodeLocation(string NodeId, double X, double Y, string Zone);
