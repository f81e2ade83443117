namespace EnergyCoSim.Grid.Topology;

/// <summary>An undirected weighted graph in compressed adjacency form, with node positions and zones.</summary>
internal sealed class TopologyGraph
{
    private readonly Dictionary<string, int> _indexOf;

    public TopologyGraph(string[] nodeIds, double[] x, double[] y, string[] zones, int[] edgeFrom, int[] edgeTo, double[] edgeWeightKm)
    {
        NodeIds = nodeIds;
        X = x;
        Y = y;
        Zones = zones;
        EdgeFrom = edgeFrom;
        EdgeTo = edgeTo;
        EdgeWeightKm = edgeWeightKm;
        _indexOf = new Dictionary<string, int>(nodeIds.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodeIds.Length; i++)
        {
            _indexOf[nodeIds[i]] = i;
        }

        // Compressed adjacency: the neighbours of node i are AdjNode[AdjStart[i] .. AdjStart[i + 1]).
        AdjStart = new int[nodeIds.Length + 1];
        foreach (var u in edgeFrom)
        {
            AdjStart[u + 1]++;
        }

        foreach (var v in edgeTo)
        {
            AdjStart[v + 1]++;
        }

        for (var i = 0; i < nodeIds.Length; i++)
        {
            AdjStart[i + 1] += AdjStart[i];
        }

        AdjNode = new int[edgeFrom.Length * 2];
        AdjEdge = new int[edgeFrom.Length * 2];
        var fill = (int[])AdjStart.Clone();
        for (var e = 0; e < edgeFrom.Length; e++)
        {
            AdjNode[fill[edgeFrom[e]]] = edgeTo[e];
            AdjEdge[fill[edgeFrom[e]]++] = e;
            AdjNode[fill[edgeTo[e]]] = edgeFrom[e];
            AdjEdge[fill[edgeTo[e]]++] = e;
        }
    }

    public string[] NodeIds { get; }

    public double[] X { get; }

    public double[] Y { get; }

    public string[] Zones { get; }

    public int[] EdgeFrom { get; }

    public int[] EdgeTo { get; }

    public double[] EdgeWeightKm { get; }

    public int[] AdjStart { get; }

    public int[] AdjNode { get; }

    public int[] AdjEdge { get; }

    public int NodeCount => NodeIds.Length;

    public int EdgeCount => EdgeFrom.Length;

    public static TopologyGraph FromNamedEdges((string Id, double X, double Y)[] nodes, (string From, string To, double WeightKm)[] edges, Dictionary<string, string> zones)
    {
        var ids = new string[nodes.Length];
        var x = new double[nodes.Length];
        var y = new double[nodes.Length];
        var zoneOf = new string[nodes.Length];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            (ids[i], x[i], y[i]) = nodes[i];
            zoneOf[i] = zones[ids[i]];
            index[ids[i]] = i;
        }

        var from = new int[edges.Length];
        var to = new int[edges.Length];
        var weight = new double[edges.Length];
        for (var e = 0; e < edges.Length; e++)
        {
            from[e] = index[edges[e].From];
            to[e] = index[edges[e].To];
            weight[e] = edges[e].WeightKm;
        }

        return new TopologyGraph(ids, x, y, zoneOf, from, to, weight);
    }

    public bool TryIndexOf(string nodeId, out int index) => _indexOf.TryGetValue(nodeId, out index);

    /// <summary>The edge joining <paramref name="u"/> and <paramref name="v"/> (either orientation), or −1.</summary>
    public int EdgeBetween(int u, int v)
    {
        for (var k = AdjStart[u]; k < AdjStart[u + 1]; k++)
        {
            if (AdjNode[k] == v)
            {
                return AdjEdge[k];
            }
        }

        return -1;
    }

    public double EuclideanKm(int u, int v)
    {
        var dx = X[u] - X[v];
        var dy = Y[u] - Y[v];
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
