namespace EnergyCoSim.Grid.LinearAlgebra;

/// <summary>
/// Minimum-degree fill-reducing ordering on the symmetric pattern of a sparse matrix (elimination-graph form with
/// tie-break on index, so results are deterministic). Adequate for power networks (sparse, low degree).
/// </summary>
internal static class MinimumDegreeOrdering
{
    /// <summary>Returns perm (new position → old index) for the pattern given as symmetric adjacency lists.</summary>
    public static int[] Order(IReadOnlyList<HashSet<int>> adjacency)
    {
        var n = adjacency.Count;
        var adj = new HashSet<int>[n];
        for (var i = 0; i < n; i++)
        {
            adj[i] = new HashSet<int>(adjacency[i]);
            adj[i].Remove(i);
        }

        var eliminated = new bool[n];
        var perm = new int[n];
        var queue = new PriorityQueue<int, (int Degree, int Index)>();
        for (var i = 0; i < n; i++)
        {
            queue.Enqueue(i, (adj[i].Count, i));
        }

        var k = 0;
        var neighbours = new List<int>();
        while (queue.TryDequeue(out var node, out var key))
        {
            if (eliminated[node] || key.Degree != adj[node].Count)
            {
                continue; // stale entry
            }

            eliminated[node] = true;
            perm[k++] = node;
            neighbours.Clear();
            neighbours.AddRange(adj[node]);
            foreach (var a in neighbours)
            {
                adj[a].Remove(node);
            }

            // Eliminating the node makes its neighbours a clique.
            for (var i = 0; i < neighbours.Count; i++)
            {
                var a = neighbours[i];
                for (var j = i + 1; j < neighbours.Count; j++)
                {
                    var b = neighbours[j];
                    if (adj[a].Add(b))
                    {
                        adj[b].Add(a);
                    }
                }
            }

            foreach (var a in neighbours)
            {
                queue.Enqueue(a, (adj[a].Count, a));
            }

            adj[node].Clear();
        }

        return perm;
    }
}
