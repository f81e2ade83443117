namespace EnergyCoSim.Core.Network;

/// <summary>
/// What the market needs to know about the grid graph: distances, zones and congestion along trade paths.
/// EnergyCoSim.Grid implements it; the market sees only this port, so it never depends on the grid project.
/// </summary>
public interface INetworkTopology
{
    /// <summary>Number of nodes.</summary>
    int NodeCount { get; }

    /// <summary>Total transfer capacity of the network in kW (the market's "grid capacity").</summary>
    double CapacityKW { get; }

    /// <summary>True when <paramref name="nodeId"/> is a node of this network.</summary>
    bool ContainsNode(string nodeId);

    /// <summary>Weighted shortest-path distance in km between two nodes (Euclidean fallback when no path exists).</summary>
    double DistanceKm(string fromNode, string toNode);

    /// <summary>The zone of a node, or null when zones are not defined.</summary>
    string? ZoneOf(string nodeId);

    /// <summary>Largest edge loading (0–1) on the shortest path from seller to buyer; 0 when there is no path.</summary>
    double PathCongestion(string buyerNode, string sellerNode);

    /// <summary>Mean edge loading (0–1) over all edges.</summary>
    double MeanCongestion();

    /// <summary>Loads the edges on the path seller → buyer with a trade of <paramref name="quantityKWh"/>.</summary>
    void AddTradeFlow(string buyerNode, string sellerNode, double quantityKWh);
}
