using EnergyCoSim.Core.Errors;
using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Simulation.Coupling;

/// <summary>
/// Linear voltage sensitivities of a radial feeder: ∂|V_i|/∂P_j ≈ R of the path shared by buses i and j from the
/// slack (pu per pu of power, flat voltage), and which buses lie downstream of each branch. Computed once per feeder.
/// </summary>
internal sealed class FeederSensitivity
{
    private readonly int[] _parent;
    private readonly double[] _pathR;
    private readonly int[] _depth;
    private readonly Dictionary<int, int> _index;

    public FeederSensitivity(GridCase grid)
    {
        var n = grid.Buses.Count;
        _index = grid.Buses.Select((b, i) => (b.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var slack = grid.Buses.Select((b, i) => (b, i)).FirstOrDefault(x => x.b.Type == BusType.Slack).i;
        var adjacency = Enumerable.Range(0, n).Select(_ => new List<(int To, double R, int Branch)>()).ToArray();
        for (var k = 0; k < grid.Branches.Count; k++)
        {
            var br = grid.Branches[k];
            if (br.InService && _index.TryGetValue(br.From, out var f) && _index.TryGetValue(br.To, out var t))
            {
                adjacency[f].Add((t, br.RPu, k));
                adjacency[t].Add((f, br.RPu, k));
            }
        }

        _parent = Enumerable.Repeat(-1, n).ToArray();
        _pathR = new double[n];
        _depth = Enumerable.Repeat(-1, n).ToArray();
        ChildOfBranch = Enumerable.Repeat(-1, grid.Branches.Count).ToArray();
        var queue = new Queue<int>();
        queue.Enqueue(slack);
        _depth[slack] = 0;
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            foreach (var (v, r, k) in adjacency[u])
            {
                if (_depth[v] >= 0)
                {
                    continue;
                }

                (_parent[v], _depth[v], _pathR[v]) = (u, _depth[u] + 1, _pathR[u] + r);
                ChildOfBranch[k] = v;
                queue.Enqueue(v);
            }
        }
    }

    /// <summary>Per case branch, the case index of its downstream bus (−1 for a branch closing a loop or out of service).</summary>
    public int[] ChildOfBranch { get; }

    /// <summary>Case index of bus <paramref name="busId"/>.</summary>
    public int IndexOf(int busId) =>
        _index.TryGetValue(busId, out var i) ? i : throw new NotFoundException("bus", busId.ToString(System.Globalization.CultureInfo.InvariantCulture), "is not on the coupled feeder");

    /// <summary>R (pu) of the path shared by buses <paramref name="a"/> and <paramref name="b"/> (case indices) from the slack.</summary>
    public double SharedResistance(int a, int b)
    {
        if (_depth[a] < 0 || _depth[b] < 0)
        {
            return 0;
        }

        while (_depth[a] > _depth[b])
        {
            a = _parent[a];
        }

        while (_depth[b] > _depth[a])
        {
            b = _parent[b];
        }

        while (a != b)
        {
            (a, b) = (_parent[a], _parent[b]);
        }

        return _pathR[a];
    }

    /// <summary>True when bus <paramref name="bus"/> lies at or below <paramref name="ancestor"/> (case indices).</summary>
    public bool IsDownstream(int bus, int ancestor)
    {
        if (_depth[bus] < 0 || ancestor < 0)
        {
            return false;
        }

        while (_depth[bus] > _depth[ancestor])
        {
            bus = _parent[bus];
        }

        return bus == ancestor;
    }
}
