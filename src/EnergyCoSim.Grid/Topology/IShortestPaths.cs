namespace EnergyCoSim.Grid.Topology;

/// <summary>Shortest distances and paths between node indices of a topology graph.</summary>
internal interface IShortestPaths
{
    /// <summary>Dijkstra rows computed so far (0 for closed forms).</summary>
    int RowsComputed { get; }

    /// <summary>Most rows kept in memory (0 for closed forms).</summary>
    int MaxRows { get; }

    /// <summary>Weighted shortest-path length, or +∞ when no path exists.</summary>
    double Distance(int u, int v);

    /// <summary>Fills <paramref name="edges"/> with the edges from <paramref name="from"/> to <paramref name="to"/>, in travel order; false when no path.</summary>
    bool TryPath(int from, int to, List<int> edges);
}
