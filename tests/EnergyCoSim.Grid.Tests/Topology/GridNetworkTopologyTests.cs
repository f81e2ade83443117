using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Grid.Topology;

namespace EnergyCoSim.Grid.Tests.Topology;

public sealed class GridNetworkTopologyTests
{
    [Theory]
    [InlineData(GridTopologyKind.Ieee13, 8, 14, 14)]
    [InlineData(GridTopologyKind.Mesh, 8, 8, 28)]
    [InlineData(GridTopologyKind.Ring, 8, 8, 8)]
    [InlineData(GridTopologyKind.Line, 8, 8, 7)]
    public void Build_ReferenceTopologies_HaveSpecNodeAndEdgeCounts(GridTopologyKind kind, int numNodes, int nodes, int edges)
    {
        var grid = new GridNetworkTopology(kind, numNodes, seed: 42);

        Assert.Equal(nodes, grid.NodeCount);
        Assert.Equal(edges, grid.EdgeCount);
    }

    [Fact]
    public void Build_Ieee34_Corrected_Has34NodesAnd33EdgesBecauseThe832To888TransformerIsIncluded()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34);

        Assert.Equal(34, grid.NodeCount);
        Assert.Equal(33, grid.EdgeCount);
        Assert.Contains(grid.Edges(), e => e is { From: "832", To: "888", LengthKm: 0.1 });
    }

    [Fact]
    public void DistanceKm_Ieee34From800To854_Is9_59()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34);

        Assert.Equal(9.59, grid.DistanceKm("800", "854"), 9);
        Assert.Equal(9.59, grid.DistanceKm("854", "800"), 9);
    }

    [Fact]
    public void DistanceKm_Ieee34From800To888_Corrected_FollowsTheTransformerInsteadOfEuclidean14_009()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34);

        // 800→854 9.59, 854–852 0.621, 852–832 0.21, 832–888 0.1 (MARLEM fell back to the Euclidean 14.009).
        Assert.Equal(10.521, grid.DistanceKm("800", "888"), 9);
    }

    [Fact]
    public void DistanceKm_Ieee13From650To652_FollowsTheShorterBranchOfTheCycle()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee13);

        // 650–632 0.09492 + 632–633 0.18174 + 633–634 0.23988 + 634–652 0.00948.
        Assert.Equal(0.52602, grid.DistanceKm("650", "652"), 9);
    }

    [Fact]
    public void DistanceKm_UnknownNode_ThrowsNotFoundNamingTheNode()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34);

        var ex = Assert.Throws<NotFoundException>(() => grid.DistanceKm("800", "999"));
        Assert.Equal("999", ex.Key);
    }

    [Theory]
    [InlineData(GridTopologyKind.Mesh, 1)]
    [InlineData(GridTopologyKind.Ring, 0)]
    [InlineData(GridTopologyKind.Line, -3)]
    public void Constructor_FewerThanTwoNodes_ThrowsValidationNamingNumNodes(GridTopologyKind kind, int numNodes)
    {
        var ex = Assert.Throws<ValidationException>(() => new GridNetworkTopology(kind, numNodes));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal("num_nodes", violation.Field);
        Assert.Contains("[2,", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NegativeCapacityAndBadLossFactor_ReportsBothAtOnce()
    {
        var ex = Assert.Throws<ValidationException>(() => new GridNetworkTopology(GridTopologyKind.Line, 4, capacityKW: -1, lossFactor: 2));

        Assert.Equal(["capacity_kw", "loss_factor"], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Build_RingOfTwo_HasOneEdge()
    {
        Assert.Equal(1, new GridNetworkTopology(GridTopologyKind.Ring, 2).EdgeCount);
    }

    [Fact]
    public void Build_ProceduralWeights_AreSeededAndWithinHalfToOneAndAHalf()
    {
        var a = new GridNetworkTopology(GridTopologyKind.Mesh, 10, seed: 7).Edges();
        var b = new GridNetworkTopology(GridTopologyKind.Mesh, 10, seed: 7).Edges();
        var c = new GridNetworkTopology(GridTopologyKind.Mesh, 10, seed: 8).Edges();

        Assert.Equal(a, b);
        Assert.NotEqual(a.Select(e => e.LengthKm), c.Select(e => e.LengthKm));
        Assert.All(a, e => Assert.InRange(e.LengthKm, 0.5, 1.5));
    }

    [Fact]
    public void Zones_RingOfTen_SplitIntoSegmentsOfTwoWithTheRestInSegment4()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ring, 10);

        Assert.Equal("segment1", grid.ZoneOf("1"));
        Assert.Equal("segment2", grid.ZoneOf("2"));
        Assert.Equal("segment4", grid.ZoneOf("6"));
        Assert.Equal("segment4", grid.ZoneOf("9"));
    }

    [Fact]
    public void Zones_MeshOfEight_AreQuarters()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Mesh, 8);

        Assert.Equal(["zone1", "zone1", "zone2", "zone2", "zone3", "zone3", "zone4", "zone4"], grid.NodeIds.Select(n => grid.ZoneOf(n)));
    }

    [Fact]
    public void EdgeCapacities_AreInverseLengthSharesOfTheTotal()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: 1500);

        var total = grid.Edges().Sum(e => grid.EdgeCapacityKW(e.From, e.To));
        Assert.Equal(1500, total, 9);
        Assert.Equal(0.527 / 0.486, grid.EdgeCapacityKW("800", "802") / grid.EdgeCapacityKW("806", "802"), 12);
    }

    [Fact]
    public void Reset_InitialFlows_AreSeededAndWithinThirtyPercentOfCapacity()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee13, seed: 3);
        var first = grid.Edges().Select(e => grid.EdgeFlowKW(e.From, e.To)).ToArray();

        grid.Reset(3);
        var again = grid.Edges().Select(e => grid.EdgeFlowKW(e.From, e.To)).ToArray();
        grid.Reset(4);
        var other = grid.Edges().Select(e => grid.EdgeFlowKW(e.From, e.To)).ToArray();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.All(grid.Edges(), e => Assert.InRange(grid.EdgeFlowKW(e.From, e.To), 0, 0.3 * grid.EdgeCapacityKW(e.From, e.To)));
    }

    [Fact]
    public void TransmissionLoss_Ieee34From800To830WithFifty_Is13_607()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34);

        var loss = grid.TransmissionLoss(grid.DistanceKm("800", "830"), new EnergyKWh(50));

        Assert.Equal(13.6065, loss.Value, 9);
    }

    [Fact]
    public void TransmissionLoss_BeyondThirtyThreeKm_Corrected_IsCappedAtTheQuantity()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Line, 3);

        Assert.Equal(20, grid.TransmissionLoss(40, new EnergyKWh(20)).Value);
    }

    [Theory]
    [InlineData(GridTopologyKind.Mesh, "0", "1")]
    [InlineData(GridTopologyKind.Ieee13, "650", "632")]
    public void AddTradeFlow_HugeTradeOnDirectEdge_SaturatesItsCongestionAtOne(GridTopologyKind kind, string buyer, string seller)
    {
        var grid = new GridNetworkTopology(kind, 8, capacityKW: 1000, seed: 1);

        grid.AddTradeFlow(buyer, seller, 1e6);

        Assert.Equal(1.0, grid.EdgeCongestion(buyer, seller));
    }

    [Fact]
    public void EdgeCongestion_NonAdjacentIeee34Nodes_IsZero()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34, seed: 1);

        grid.AddTradeFlow("830", "800", 100);

        Assert.Equal(0, grid.EdgeCongestion("800", "830"));
    }

    [Fact]
    public void AddTradeFlow_TwoEdgePath_LoadsEachEdgeWithWhatIsLeftAfterTheLossesBefore()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: 1e6);
        grid.SetEdgeFlow("800", "802", 0);
        grid.SetEdgeFlow("802", "806", 0);

        grid.AddTradeFlow(buyerNode: "806", sellerNode: "800", quantityKWh: 100);

        Assert.Equal(100, grid.EdgeFlowKW("800", "802"), 12);
        Assert.Equal(100 * (1 - (0.486 * 0.03)), grid.EdgeFlowKW("802", "806"), 12);
    }

    [Fact]
    public void AddTradeFlow_SellerDownstream_LoadsTheSellersEdgeFirst()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: 1e6);
        grid.SetEdgeFlow("800", "802", 0);
        grid.SetEdgeFlow("802", "806", 0);

        grid.AddTradeFlow(buyerNode: "800", sellerNode: "806", quantityKWh: 100);

        Assert.Equal(100, grid.EdgeFlowKW("806", "802"), 12);
        Assert.Equal(100 * (1 - (0.527 * 0.03)), grid.EdgeFlowKW("802", "800"), 12);
    }

    [Fact]
    public void PathCongestion_Ieee34From800To830_RisesAfterAHundredUnitFlow()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: 1500, seed: 42);
        var before = grid.PathCongestion("830", "800");

        grid.AddTradeFlow("830", "800", 100);

        Assert.True(grid.PathCongestion("830", "800") > before);
    }

    [Fact]
    public void MeanCongestion_AfterFlows_IsTheMeanOfEdgeCongestions()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: 1500, seed: 42);
        grid.AddTradeFlow("848", "800", 80);
        grid.AddTradeFlow("890", "822", 30);

        var expected = grid.Edges().Average(e => grid.EdgeCongestion(e.From, e.To));

        Assert.Equal(expected, grid.MeanCongestion(), 12);
    }
}
