namespace EnergyCoSim.Grid.Topology;

/// <summary>One line section of the network.</summary>
/// <param name="From">First node id (creation orientation).</param>
/// <param name="To">Second node id.</param>
/// <param name="LengthKm">Length, which is also the shortest-path weight.</param>
public sealed record GridEdge(string From, string To, double LengthKm);
