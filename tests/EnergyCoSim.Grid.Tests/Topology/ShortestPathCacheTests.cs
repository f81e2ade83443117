using EnergyCoSim.Core.Random;
using EnergyCoSim.Grid.Topology;

namespace EnergyCoSim.Grid.Tests.Topology;

public sealed class ShortestPathCacheTests
{
    [Fact]
    public void DistanceKm_TenThousandNodeRing_MatchesTheClosedFormAndRunsOneSearchPerSourceNode()
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
        var sources = new HashSet<int>();
        for (var k = 0; k < 300; k++)
        {
            var u = random.NextInt(20);
            var v = random.NextInt(n);
            sources.Add(Math.Min(u, v));
            var clockwise = Math.Abs(prefix[v] - prefix[u]);
            var expected = Math.Min(clockwise, prefix[n] - clockwise);

            Assert.Equal(expected, grid.DistanceKm(u.ToString(), v.ToString()), 6);
            Assert.Equal(expected, grid.DistanceKm(v.ToString(), u.ToString()), 6);
        }

        Assert.Equal(sources.Count, grid.ShortestPathRowsComputed);
    }

    [Fact]
    public void RowCapacity_TenThousandNodeLine_KeepsCachedRowsUnderTheMemoryBudget()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Line, 10_000);

        Assert.InRange(12L * 10_000 * grid.ShortestPathRowCapacity, 0, 64L * 1024 * 1024);
        for (var i = 0; i < grid.ShortestPathRowCapacity + 10; i++)
        {
            Assert.Equal(0, grid.DistanceKm(i.ToString(), i.ToString()));
            Assert.True(grid.DistanceKm(i.ToString(), "9999") > 0);
        }

        Assert.Equal(grid.ShortestPathRowCapacity + 10, grid.ShortestPathRowsComputed);
    }
}
