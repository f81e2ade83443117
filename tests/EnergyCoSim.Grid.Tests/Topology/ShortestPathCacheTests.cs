using EnergyCoSim.Core.Random;
using EnergyCoSim.Grid.Topology;

namespace EnergyCoSim.Grid.Tests.Topology;

public sealed class ShortestPathCacheTests
{
    [Fact]
    public void DistanceKm_TenThousandNodeRing_MatchesTheClosedFormWithoutAnySearch()
    {
        const int n = 10_000;
        var grid = new GridNetworkTopology(GridTopologyKind.Ring, n, seed: 5);
        var weights = grid.Edges().Select(e => e.LengthKm).ToArray();
        var prefix = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + weights[i];
        }

        var random = new RandomStreams(9).For("pairs");
        for (var k = 0; k < 300; k++)
        {
            var u = random.NextInt(20);
            var v = random.NextInt(n);
            var clockwise = Math.Abs(prefix[v] - prefix[u]);
            var expected = Math.Min(clockwise, prefix[n] - clockwise);

            Assert.Equal(expected, grid.DistanceKm(u.ToString(), v.ToString()), 6);
            Assert.Equal(expected, grid.DistanceKm(v.ToString(), u.ToString()), 6);
        }

        Assert.Equal(0, grid.ShortestPathRowsComputed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ChainPaths_RingOrLine_AgreeWithDijkstraOnDistancesAndPathLengths(bool ring)
    {
        var graph = ProceduralTopologies.Build(ring ? GridTopologyKind.Ring : GridTopologyKind.Line, 401, new RandomStreams(3).For("w"));
        var chain = new ChainPaths(graph, ring);
        var dijkstra = new ShortestPathCache(graph);
        var random = new RandomStreams(4).For("pairs");
        var a = new List<int>();
        var b = new List<int>();
        for (var k = 0; k < 500; k++)
        {
            var u = random.NextInt(401);
            var v = random.NextInt(401);
            Assert.Equal(dijkstra.Distance(u, v), chain.Distance(u, v), 9);
            Assert.True(chain.TryPath(u, v, a));
            Assert.True(dijkstra.TryPath(u, v, b));
            Assert.Equal(b.Sum(e => graph.EdgeWeightKm[e]), a.Sum(e => graph.EdgeWeightKm[e]), 9);
            AssertWalk(graph, u, v, a);
        }
    }

    [Fact]
    public void RowCapacity_LargeMeshCache_KeepsCachedRowsUnderTheMemoryBudget()
    {
        var graph = ProceduralTopologies.Build(GridTopologyKind.Ring, 10_000, new RandomStreams(1).For("w"));
        var cache = new ShortestPathCache(graph);

        Assert.InRange(12L * 10_000 * cache.MaxRows, 0, 64L * 1024 * 1024);
        for (var i = 0; i < cache.MaxRows + 10; i++)
        {
            Assert.Equal(0, cache.Distance(i, i));
            Assert.True(cache.Distance(i, 9999) > 0);
        }

        Assert.Equal(cache.MaxRows + 10, cache.RowsComputed);
    }

    /// <summary>The path must be a connected walk from <paramref name="from"/> to <paramref name="to"/> in travel order.</summary>
    private static void AssertWalk(TopologyGraph graph, int from, int to, List<int> edges)
    {
        var node = from;
        foreach (var e in edges)
        {
            Assert.True(graph.EdgeFrom[e] == node || graph.EdgeTo[e] == node, $"edge {e} does not leave node {node}");
            node = graph.EdgeFrom[e] == node ? graph.EdgeTo[e] : graph.EdgeFrom[e];
        }

        Assert.Equal(to, node);
    }
}
