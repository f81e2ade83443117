namespace EnergyCoSim.Grid.Topology;

/// <summary>
/// Closed-form shortest paths on a line (edge i joins nodes i and i+1) or a ring (edge i joins i and (i+1) mod n):
/// distances from prefix sums of edge lengths in O(1), paths as index ranges, no search and no per-row memory. On a
/// ring the shorter way round is taken; an exact tie goes the increasing-index way from the lower node.
/// </summary>
internal sealed class ChainPaths : IShortestPaths
{
    private readonly double[] _prefixKm;
    private readonly bool _ring;
    private readonly int _nodes;

    public ChainPaths(TopologyGraph graph, bool ring)
    {
        _nodes = graph.NodeCount;
        _ring = ring && graph.EdgeCount == _nodes;
        _prefixKm = new double[graph.EdgeCount + 1];
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            _prefixKm[e + 1] = _prefixKm[e] + graph.EdgeWeightKm[e];
        }
    }

    public int RowsComputed => 0;

    public int MaxRows => 0;

    public double Distance(int u, int v)
    {
        if (u == v)
        {
            return 0;
        }

        var (lo, hi) = u < v ? (u, v) : (v, u);
        var forward = _prefixKm[hi] - _prefixKm[lo];
        return _ring ? Math.Min(forward, _prefixKm[_nodes] - forward) : forward;
    }

    public bool TryPath(int from, int to, List<int> edges)
    {
        edges.Clear();
        if (from == to)
        {
            return true;
        }

        var (lo, hi) = from < to ? (from, to) : (to, from);
        var forward = _prefixKm[hi] - _prefixKm[lo];
        var inside = !_ring || forward <= _prefixKm[_nodes] - forward;
        if (inside)
        {
            // Edges lo .. hi−1, travelled upwards from lo or downwards from hi.
            if (from == lo)
            {
                for (var e = lo; e < hi; e++)
                {
                    edges.Add(e);
                }
            }
            else
            {
                for (var e = hi - 1; e >= lo; e--)
                {
                    edges.Add(e);
                }
            }

            return true;
        }

        // Round the back of the ring: edges hi .. n−1 then 0 .. lo−1, upwards from hi, downwards from lo.
        if (from == hi)
        {
            for (var e = hi; e < _nodes; e++)
            {
                edges.Add(e);
            }

            for (var e = 0; e < lo; e++)
            {
                edges.Add(e);
            }
        }
        else
        {
            for (var e = lo - 1; e >= 0; e--)
            {
                edges.Add(e);
            }

            for (var e = _nodes - 1; e >= hi; e--)
            {
                edges.Add(e);
            }
        }

        return true;
    }
}
