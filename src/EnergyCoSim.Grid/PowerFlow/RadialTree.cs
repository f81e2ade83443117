using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Breadth-first spanning order of a radial network from its slack buses (parents before children).</summary>
internal sealed class RadialTree
{
    private RadialTree(int[] order, int[] parent, int[] parentBranch, bool[] childIsTo)
    {
        (Order, Parent, ParentBranch, ChildIsTo) = (order, parent, parentBranch, childIsTo);
    }

    public int[] Order { get; }
    public int[] Parent { get; }
    public int[] ParentBranch { get; }

    /// <summary>True when the child is the branch's to bus (the parent is on the tap side).</summary>
    public bool[] ChildIsTo { get; }

    public static RadialTree Build(CompiledNetwork net)
    {
        var n = net.BusCount;
        var adj = new List<(int Bus, int Branch, bool ChildIsTo)>[n];
        for (var i = 0; i < n; i++)
        {
            adj[i] = [];
        }

        for (var k = 0; k < net.BranchFrom.Length; k++)
        {
            adj[net.BranchFrom[k]].Add((net.BranchTo[k], k, true));
            adj[net.BranchTo[k]].Add((net.BranchFrom[k], k, false));
        }

        var parent = new int[n];
        var parentBranch = new int[n];
        var childIsTo = new bool[n];
        var seen = new bool[n];
        var order = new List<int>(n);
        Array.Fill(parent, -1);
        for (var s = 0; s < n; s++)
        {
            if (net.Types[s] != BusType.Slack)
            {
                continue;
            }

            seen[s] = true;
            order.Add(s);
            for (var q = order.Count - 1; q < order.Count; q++)
            {
                var u = order[q];
                foreach (var (v, k, isTo) in adj[u])
                {
                    if (!seen[v])
                    {
                        seen[v] = true;
                        (parent[v], parentBranch[v], childIsTo[v]) = (u, k, isTo);
                        order.Add(v);
                    }
                }
            }
        }

        return new RadialTree(order.ToArray(), parent, parentBranch, childIsTo);
    }
}
