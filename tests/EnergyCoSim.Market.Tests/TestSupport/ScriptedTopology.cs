using EnergyCoSim.Core.Network;
using EnergyCoSim.Grid.Topology;

namespace EnergyCoSim.Market.Tests.TestSupport;

/// <summary>A real feeder's distances and zones with a scripted congestion, so fee and veto figures can be computed by hand.</summary>
internal sealed class ScriptedTopology(INetworkTopology inner) : INetworkTopology
{
    public static ScriptedTopology Ieee34(double congestion = 0, double capacityKW = 1500) =>
        new(new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: capacityKW)) { Congestion = congestion };

    public double Congestion { get; set; }

    public List<(string Buyer, string Seller, double Quantity)> Flows { get; } = [];

    public int NodeCount => inner.NodeCount;

    public double CapacityKW => inner.CapacityKW;

    public bool ContainsNode(string nodeId) => inner.ContainsNode(nodeId);

    public double DistanceKm(string fromNode, string toNode) => inner.DistanceKm(fromNode, toNode);

    public string? ZoneOf(string nodeId) => inner.ZoneOf(nodeId);

    public double PathCongestion(string buyerNode, string sellerNode) => Congestion;

    public double MeanCongestion() => Congestion;

    public void AddTradeFlow(string buyerNode, string sellerNode, double quantityKWh) => Flows.Add((buyerNode, sellerNode, quantityKWh));
}
