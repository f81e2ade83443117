using EnergyCoSim.Grid.Topology;

namespace EnergyCoSim.Grid.Tests.Topology;

public sealed class TopologyRollbackTests
{
    [Fact]
    public void RestoreFlows_AfterFurtherTrades_RepeatsMeanCongestionBitForBit()
    {
        // Case 5's grid: a 7-node mesh of 1200 kW edges with seeded initial flows.
        // A snapshot after every trade of a day's worth: the running sum drifts from a fresh sum by ulps at some of them.
        var grid = new GridNetworkTopology(GridTopologyKind.Mesh, 7, 1200, seed: 42);
        grid.Reset(42);
        for (var k = 0; k < 100; k++)
        {
            Trade(grid, k, k + 1);
            var snapshot = grid.SnapshotFlows();
            var expected = grid.MeanCongestion();
            var flows = grid.Edges().Select(e => grid.EdgeFlowKW(e.From, e.To)).ToArray();
            Trade(grid, 100, 110);

            grid.RestoreFlows(snapshot);

            Assert.Equal(expected, grid.MeanCongestion());
            Assert.Equal(flows, grid.Edges().Select(e => grid.EdgeFlowKW(e.From, e.To)).ToArray());
        }
    }

    [Fact]
    public void RestoreFlows_WrongLength_FailsNamingBothCounts()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Mesh, 7, 1200, seed: 42);

        var error = Assert.Throws<ArgumentException>(() => grid.RestoreFlows(new double[3]));

        Assert.Contains("got 3", error.Message, StringComparison.Ordinal);
        Assert.Contains($"expected {grid.EdgeCount} edge flows", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Trades k in [from, to) between node pairs walking the mesh, with quantities that are not binary fractions.</summary>
    private static void Trade(GridNetworkTopology grid, int from, int to)
    {
        var nodes = grid.NodeIds;
        for (var k = from; k < to; k++)
        {
            grid.AddTradeFlow(nodes[k % nodes.Count], nodes[((3 * k) + 1) % nodes.Count], 0.1 + (k * 1.37 % 9.3));
        }
    }
}
