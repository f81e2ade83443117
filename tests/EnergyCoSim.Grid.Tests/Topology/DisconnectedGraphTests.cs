using EnergyCoSim.Grid.Topology;

namespace EnergyCoSim.Grid.Tests.Topology;

/// <summary>MARLEM's IEEE 34 (without the 832–888 transformer) has the island {888, 890}: the Euclidean fallback applies.</summary>
public sealed class DisconnectedGraphTests
{
    private static GridNetworkTopology MarlemIeee34()
    {
        var g = FeederCatalog.Ieee34();
        var keep = g.EdgeCount - 1;
        var island = new TopologyGraph(g.NodeIds, g.X, g.Y, g.Zones, g.EdgeFrom[..keep], g.EdgeTo[..keep], g.EdgeWeightKm[..keep]);
        return new GridNetworkTopology(island, GridTopologyKind.Ieee34, 1500, 1, 0.03);
    }

    [Fact]
    public void DistanceKm_MarlemIeee34From800To888_FallsBackToEuclidean14_009()
    {
        Assert.Equal(14.009, MarlemIeee34().DistanceKm("800", "888"), 3);
    }

    [Fact]
    public void PathCongestionAndFlow_AcrossTheIsland_AreZeroAndNoOp()
    {
        var grid = MarlemIeee34();
        var before = grid.MeanCongestion();

        grid.AddTradeFlow("890", "800", 500);

        Assert.Equal(0, grid.PathCongestion("890", "800"));
        Assert.Equal(before, grid.MeanCongestion());
    }
}
