using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.PowerFlow;

internal sealed partial class CompiledNetwork
{
    private static CompiledNetwork BuildAdmittance(
        GridCase grid,
        List<PowerFlowDiagnostic> diagnostics,
        Dictionary<int, int> index,
        int[] caseToInternal,
        int[] internalToCase,
        BusType[] types,
        double[] vset,
        double[] vaset,
        double[] pInj,
        double[] qInj,
        double[] pI,
        double[] qI,
        double[] pZ,
        double[] qZ,
        List<int> branchList)
    {
        var n = internalToCase.Length;
        var m = branchList.Count;
        var from = new int[m];
        var to = new int[m];
        var rows = new SortedSet<int>[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = [i];
        }

        for (var k = 0; k < m; k++)
        {
            var br = grid.Branches[branchList[k]];
            from[k] = caseToInternal[index[br.From]];
            to[k] = caseToInternal[index[br.To]];
            rows[from[k]].Add(to[k]);
            rows[to[k]].Add(from[k]);
        }

        var rowPtr = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            rowPtr[i + 1] = rowPtr[i] + rows[i].Count;
        }

        var col = new int[rowPtr[n]];
        var diag = new int[n];
        for (var i = 0; i < n; i++)
        {
            var p = rowPtr[i];
            foreach (var j in rows[i])
            {
                if (j == i)
                {
                    diag[i] = p;
                }

                col[p++] = j;
            }
        }

        var yff = new double[2 * m];
        var yft = new double[2 * m];
        var ytf = new double[2 * m];
        var ytt = new double[2 * m];
        for (var k = 0; k < m; k++)
        {
            var br = grid.Branches[branchList[k]];
            var z2 = (br.RPu * br.RPu) + (br.XPu * br.XPu);
            double gs = br.RPu / z2, bs = -br.XPu / z2, bc = br.BPu / 2;
            var tap = br.EffectiveTap;
            var sh = br.ShiftDeg * Math.PI / 180;
            double ar = tap * Math.Cos(sh), ai = tap * Math.Sin(sh);

            // Ytt = ys + j bc; Yff = Ytt / tap²; Yft = -ys / conj(a); Ytf = -ys / a.
            ytt[2 * k] = gs;
            ytt[(2 * k) + 1] = bs + bc;
            yff[2 * k] = gs / (tap * tap);
            yff[(2 * k) + 1] = (bs + bc) / (tap * tap);
            var a2 = tap * tap;
            yft[2 * k] = -((gs * ar) - (bs * ai)) / a2;   // -ys * a / |a|²  (1/conj(a) = a/|a|²)
            yft[(2 * k) + 1] = -((bs * ar) + (gs * ai)) / a2;
            ytf[2 * k] = -((gs * ar) + (bs * ai)) / a2;   // -ys * conj(a) / |a|²
            ytf[(2 * k) + 1] = -((bs * ar) - (gs * ai)) / a2;
        }

        var gm = new double[col.Length];
        var bm = new double[col.Length];
        for (var k = 0; k < m; k++)
        {
            int f = from[k], t = to[k];
            var pff = diag[f];
            var ptt = diag[t];
            var pft = Array.BinarySearch(col, rowPtr[f], rowPtr[f + 1] - rowPtr[f], t);
            var ptf = Array.BinarySearch(col, rowPtr[t], rowPtr[t + 1] - rowPtr[t], f);
            gm[pff] += yff[2 * k];
            bm[pff] += yff[(2 * k) + 1];
            gm[ptt] += ytt[2 * k];
            bm[ptt] += ytt[(2 * k) + 1];
            gm[pft] += yft[2 * k];
            bm[pft] += yft[(2 * k) + 1];
            gm[ptf] += ytf[2 * k];
            bm[ptf] += ytf[(2 * k) + 1];
        }

        for (var c = 0; c < grid.Buses.Count; c++)
        {
            var i = caseToInternal[c];
            if (i >= 0)
            {
                gm[diag[i]] += grid.Buses[c].ShuntGMw / grid.BaseMva;
                bm[diag[i]] += grid.Buses[c].ShuntBMvar / grid.BaseMva;
            }
        }

        return new CompiledNetwork
        {
            Case = grid,
            BusCount = n,
            BaseMva = grid.BaseMva,
            CaseToInternal = caseToInternal,
            InternalToCase = internalToCase,
            Types = types,
            VSet = vset,
            VaSetRad = vaset,
            PInj = pInj,
            QInj = qInj,
            PLoadI = pI,
            QLoadI = qI,
            PLoadZ = pZ,
            QLoadZ = qZ,
            YRowPtr = rowPtr,
            YCol = col,
            YDiag = diag,
            G = gm,
            B = bm,
            BranchCaseIndex = branchList.ToArray(),
            BranchFrom = from,
            BranchTo = to,
            Yff = yff,
            Yft = yft,
            Ytf = ytf,
            Ytt = ytt,
            Diagnostics = diagnostics,
        };
    }
}
