namespace EnergyCoSim.Grid.Topology;

/// <summary>
/// Lazily computed single-source Dijkstra rows (distance and predecessor edge per node), kept in a bounded
/// first-in-first-out cache. A pair (u, v) is always answered from the row of min(u, v), so results do not depend
/// on what happens to be cached. Memory: at most <see cref="MaxRows"/> rows of 12 bytes per node.
/// Not thread-safe (one topology per simulation).
/// </summary>
internal sealed class ShortestPathCache : IShortestPaths
{
    private const long MemoryBudgetBytes = 64L * 1024 * 1024;

    private readonly TopologyGraph _graph;
    private readonly Dictionary<int, Row> _rows = [];
    private readonly Queue<int> _insertionOrder = new();
    private readonly PriorityQueue<int, double> _frontier = new();

    public ShortestPathCache(TopologyGraph graph)
    {
        _graph = graph;
        var rowBytes = 12L * Math.Max(1, graph.NodeCount);
        MaxRows = (int)Math.Min(Math.Max(MemoryBudgetBytes / rowBytes, 8), graph.NodeCount);
    }

    /// <summary>Most rows held at once.</summary>
    public int MaxRows { get; }

    /// <summary>Rows computed so far (for tests of the caching contract).</summary>
    public int RowsComputed { get; private set; }

    /// <summary>Weighted shortest-path length, or +∞ when no path exists.</summary>
    public double Distance(int u, int v)
    {
        if (u == v)
        {
            return 0;
        }

        var (source, target) = u < v ? (u, v) : (v, u);
        return RowOf(source).DistanceKm[target];
    }

    /// <summary>Fills <paramref name="edges"/> with the edges from <paramref name="from"/> to <paramref name="to"/>, in travel order; false when no path.</summary>
    public bool TryPath(int from, int to, List<int> edges)
    {
        edges.Clear();
        if (from == to)
        {
            return true;
        }

        var source = Math.Min(from, to);
        var target = Math.Max(from, to);
        var row = RowOf(source);
        if (double.IsPositiveInfinity(row.DistanceKm[target]))
        {
            return false;
        }

        // Walking predecessors goes target → source; that is travel order only when travelling towards the source.
        var node = target;
        while (node != source)
        {
            var e = row.PredecessorEdge[node];
            edges.Add(e);
            node = _graph.EdgeFrom[e] == node ? _graph.EdgeTo[e] : _graph.EdgeFrom[e];
        }

        if (from == source)
        {
            edges.Reverse();
        }

        return true;
    }

    private Row RowOf(int source)
    {
        if (_rows.TryGetValue(source, out var row))
        {
            return row;
        }

        if (_rows.Count >= MaxRows)
        {
            _rows.Remove(_insertionOrder.Dequeue());
        }

        row = Compute(source);
        _rows[source] = row;
        _insertionOrder.Enqueue(source);
        RowsComputed++;
        return row;
    }

    private Row Compute(int source)
    {
        var n = _graph.NodeCount;
        var dist = new double[n];
        var pred = new int[n];
        Array.Fill(dist, double.PositiveInfinity);
        Array.Fill(pred, -1);
        dist[source] = 0;
        _frontier.Clear();
        _frontier.Enqueue(source, 0);
        while (_frontier.TryDequeue(out var u, out var du))
        {
            if (du > dist[u])
            {
                continue;
            }

            for (var k = _graph.AdjStart[u]; k < _graph.AdjStart[u + 1]; k++)
            {
                var v = _graph.AdjNode[k];
                var e = _graph.AdjEdge[k];
                var candidate = du + _graph.EdgeWeightKm[e];
                if (candidate < dist[v])
                {
                    dist[v] = candidate;
                    pred[v] = e;
                    _frontier.Enqueue(v, candidate);
                }
            }
        }

        return new Row(dist, pred);
    }

    private sealed record Row(double[] DistanceKm, int[] PredecessorEdge);
}
