namespace EnergyCoSim.Master.Internal;

/// <summary>
/// Graph analysis over zero-delay (Direct) connections: a topological Gauss–Seidel order (ties broken by
/// declaration order, so the order is deterministic) and, when there is none, one example cycle path.
/// </summary>
internal static class CouplingGraph
{
    /// <summary>Kahn's algorithm; returns null when a cycle remains.</summary>
    public static int[]? TopologicalOrder(int nodeCount, IReadOnlyList<(int From, int To)> edges)
    {
        var indegree = new int[nodeCount];
        var successors = Successors(nodeCount, edges);
        foreach (var (_, to) in edges)
        {
            indegree[to]++;
        }

        var order = new List<int>(nodeCount);
        var ready = new SortedSet<int>(Enumerable.Range(0, nodeCount).Where(i => indegree[i] == 0));
        while (ready.Count > 0)
        {
            var n = ready.Min;
            ready.Remove(n);
            order.Add(n);
            foreach (var (next, _) in successors[n])
            {
                if (--indegree[next] == 0)
                {
                    ready.Add(next);
                }
            }
        }

        return order.Count == nodeCount ? order.ToArray() : null;
    }

    /// <summary>One cycle as a list of edge indices (A→B, B→C, ..., →A), or empty when acyclic.</summary>
    public static IReadOnlyList<int> FindCycle(int nodeCount, IReadOnlyList<(int From, int To)> edges)
    {
        var successors = Successors(nodeCount, edges);
        var color = new int[nodeCount];
        var viaEdge = new int[nodeCount];
        for (var root = 0; root < nodeCount; root++)
        {
            if (color[root] != 0)
            {
                continue;
            }

            // Iterative DFS: (node, next successor position).
            var stack = new Stack<(int Node, int Next)>();
            stack.Push((root, 0));
            color[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next >= successors[node].Count)
                {
                    color[node] = 2;
                    continue;
                }

                stack.Push((node, next + 1));
                var (to, edge) = successors[node][next];
                if (color[to] == 1)
                {
                    var path = new List<int> { edge };
                    for (var n = node; n != to; n = edges[viaEdge[n]].From)
                    {
                        path.Add(viaEdge[n]);
                    }

                    path.Reverse();
                    return RotateToSmallest(path, edges);
                }

                if (color[to] == 0)
                {
                    color[to] = 1;
                    viaEdge[to] = edge;
                    stack.Push((to, 0));
                }
            }
        }

        return [];
    }

    private static List<(int To, int Edge)>[] Successors(int nodeCount, IReadOnlyList<(int From, int To)> edges)
    {
        var successors = new List<(int, int)>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            successors[i] = [];
        }

        for (var e = 0; e < edges.Count; e++)
        {
            successors[edges[e].From].Add((edges[e].To, e));
        }

        return successors;
    }

    // Start the reported path at the component declared first, so the message does not depend on DFS details.
    private static List<int> RotateToSmallest(List<int> path, IReadOnlyList<(int From, int To)> edges)
    {
        var best = 0;
        for (var i = 1; i < path.Count; i++)
        {
            if (edges[path[i]].From < edges[path[best]].From)
            {
                best = i;
            }
        }

        return [.. path.Skip(best), .. path.Take(best)];
    }
}
