using System.Globalization;
using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.PowerFlow;

internal sealed partial class CompiledNetwork
{
    private const double MinImpedance = 1e-12;

    /// <summary>Compiles a case: merges closed switches, finds islands, builds per-unit data and Y.</summary>
    public static CompiledNetwork Compile(GridCase grid)
    {
        var diagnostics = new List<PowerFlowDiagnostic>();
        var nc = grid.Buses.Count;
        var index = new Dictionary<int, int>(nc);
        for (var i = 0; i < nc; i++)
        {
            index[grid.Buses[i].Id] = i;
        }

        // 1. Merge buses joined by closed switches (union-find); the representative prefers slack, then PV.
        var parent = Enumerable.Range(0, nc).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        static int Rank(Bus b) => (int)b.Type;
        foreach (var sw in grid.Switches.Where(s => s.Closed))
        {
            int a = Find(index[sw.BusA]), b = Find(index[sw.BusB]);
            if (a == b || !grid.Buses[a].InService || !grid.Buses[b].InService)
            {
                continue;
            }

            if (Rank(grid.Buses[b]) > Rank(grid.Buses[a]) || (Rank(grid.Buses[b]) == Rank(grid.Buses[a]) && b < a))
            {
                (a, b) = (b, a);
            }

            if (grid.Buses[a].Type == BusType.Slack && grid.Buses[b].Type == BusType.Slack)
            {
                diagnostics.Add(new(DiagnosticSeverity.Warning, "switch-joins-slacks",
                    $"closed switch joins slack buses {grid.Buses[a].Id} and {grid.Buses[b].Id}; bus {grid.Buses[a].Id} keeps the slack role"));
            }

            parent[b] = a;
        }

        // 2. Active branches between distinct in-service merged buses.
        var branchList = new List<int>();
        for (var k = 0; k < grid.Branches.Count; k++)
        {
            var br = grid.Branches[k];
            int f = index[br.From], t = index[br.To];
            if (!br.InService || !grid.Buses[f].InService || !grid.Buses[t].InService)
            {
                continue;
            }

            if (Find(f) == Find(t))
            {
                diagnostics.Add(new(DiagnosticSeverity.Warning, "branch-shorted",
                    $"branch {k} ({br.From}-{br.To}) connects buses merged by closed switches and is left out"));
                continue;
            }

            if (Math.Abs(br.RPu) + Math.Abs(br.XPu) < MinImpedance)
            {
                diagnostics.Add(new(DiagnosticSeverity.Error, "zero-impedance-branch",
                    $"branch {k} ({br.From}-{br.To}) has zero impedance; model it as a closed switch (bus-bus switch) instead"));
                continue;
            }

            branchList.Add(k);
        }

        // 3. Islands over representatives; each must hold a slack bus.
        var reps = Enumerable.Range(0, nc).Where(i => grid.Buses[i].InService && Find(i) == i).ToArray();
        var adjacency = reps.ToDictionary(r => r, _ => new List<int>());
        foreach (var k in branchList)
        {
            int f = Find(index[grid.Branches[k].From]), t = Find(index[grid.Branches[k].To]);
            adjacency[f].Add(t);
            adjacency[t].Add(f);
        }

        var island = new Dictionary<int, int>();
        var energised = new HashSet<int>();
        foreach (var r in reps)
        {
            if (island.ContainsKey(r))
            {
                continue;
            }

            var members = new List<int> { r };
            island[r] = r;
            for (var q = 0; q < members.Count; q++)
            {
                foreach (var nb in adjacency[members[q]].Where(nb => !island.ContainsKey(nb)))
                {
                    island[nb] = r;
                    members.Add(nb);
                }
            }

            var slacks = members.Where(m => grid.Buses[m].Type == BusType.Slack).ToList();
            if (slacks.Count > 0)
            {
                energised.UnionWith(members);
                continue;
            }

            var ids = string.Join(", ", members.Select(m => grid.Buses[m].Id.ToString(CultureInfo.InvariantCulture)));
            var loaded = grid.Loads.Any(l => l.InService && members.Contains(Find(index[l.Bus])) && (l.PMw != 0 || l.QMvar != 0));
            diagnostics.Add(members.Count == 1
                ? new(DiagnosticSeverity.Warning, "isolated-bus", $"bus {ids} has no in-service branch and no slack; it is de-energised{(loaded ? " and its load is not served" : "")}")
                : new(DiagnosticSeverity.Warning, "island-without-slack", $"island of buses {ids} has no slack bus; it is de-energised{(loaded ? " and its load is not served" : "")}"));
        }

        branchList.RemoveAll(k => !energised.Contains(Find(index[grid.Branches[k].From])));
        var internalToCase = reps.Where(energised.Contains).ToArray();
        var n = internalToCase.Length;
        var caseToInternal = new int[nc];
        Array.Fill(caseToInternal, -1);
        var repToInternal = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            repToInternal[internalToCase[i]] = i;
        }

        for (var i = 0; i < nc; i++)
        {
            if (grid.Buses[i].InService && repToInternal.TryGetValue(Find(i), out var ii))
            {
                caseToInternal[i] = ii;
            }
        }

        if (n == 0)
        {
            diagnostics.Add(new(DiagnosticSeverity.Error, "no-energised-bus", "no bus is connected to an in-service slack bus"));
        }

        // 4. Types, set points and injections.
        var baseMva = grid.BaseMva;
        var types = new BusType[n];
        var vset = new double[n];
        var vaset = new double[n];
        for (var i = 0; i < n; i++)
        {
            var b = grid.Buses[internalToCase[i]];
            types[i] = b.Type;
            vset[i] = b.VmPu;
            vaset[i] = b.VaDeg * Math.PI / 180;
        }

        var pInj = new double[n];
        var qInj = new double[n];
        var hasGen = new bool[n];
        foreach (var g in grid.Generators.Where(g => g.InService))
        {
            var i = caseToInternal[index[g.Bus]];
            if (i < 0)
            {
                continue;
            }

            pInj[i] += g.PMw / baseMva;
            if (types[i] == BusType.PQ)
            {
                qInj[i] += g.QMvar / baseMva;
            }
            else if (!hasGen[i])
            {
                vset[i] = g.VSetPu;
            }

            hasGen[i] = true;
        }

        for (var i = 0; i < n; i++)
        {
            if (types[i] == BusType.PV && !hasGen[i])
            {
                types[i] = BusType.PQ;
                diagnostics.Add(new(DiagnosticSeverity.Warning, "pv-without-generator",
                    $"PV bus {grid.Buses[internalToCase[i]].Id} has no in-service generator and is solved as PQ"));
            }
        }

        var pI = new double[n];
        var qI = new double[n];
        var pZ = new double[n];
        var qZ = new double[n];
        foreach (var l in grid.Loads.Where(l => l.InService))
        {
            var i = caseToInternal[index[l.Bus]];
            if (i < 0)
            {
                continue;
            }

            double p = l.PMw / baseMva, q = l.QMvar / baseMva, fz = l.ImpedanceFraction, fi = l.CurrentFraction;
            pInj[i] -= p * (1 - fz - fi);
            qInj[i] -= q * (1 - fz - fi);
            pI[i] += p * fi;
            qI[i] += q * fi;
            pZ[i] += p * fz;
            qZ[i] += q * fz;
        }

        return BuildAdmittance(grid, diagnostics, index, caseToInternal, internalToCase, types, vset, vaset, pInj, qInj, pI, qI, pZ, qZ, branchList);
    }
}
