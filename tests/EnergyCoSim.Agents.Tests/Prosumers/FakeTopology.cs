using EnergyCoSim.Core.Network;

namespace EnergyCoSim.Agents.Tests.Prosumers;

/// <summary>A topology with fixed symmetric distances between named nodes.</summary>
internal sealed class FakeTopology(Dictionary<(string, string), double> distances) : INetworkTopology
{
    public int NodeCount => distances.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().Count();

    public double CapacityKW => 1000;

    public int DistanceCalls { get; private set; }

    public bool ContainsNode(string nodeId) => distances.Keys.Any(k => k.Item1 == nodeId || k.Item2 == nodeId);

    public double DistanceKm(string fromNode, string toNode)
    {
        DistanceCalls++;
        return distances.TryGetValue((fromNode, toNode), out var d) ? d : distances[(toNode, fromNode)];
    }

    public string? ZoneOf(string nodeId) => null;

    public double PathCongestion(string buyerNode, string sellerNode) => 0;

    public double MeanCongestion() => 0;

    public void AddTradeFlow(string buyerNode, string sellerNode, double quantityKWh)
    {
    }
}
