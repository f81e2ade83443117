using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Turns internal state (|V|, angle per internal bus) into an immutable <see cref="PowerFlowResult"/>.</summary>
internal static class ResultBuilder
{
    public static PowerFlowResult Build(
        CompiledNetwork net,
        ReadOnlySpan<double> vmIn,
        ReadOnlySpan<double> vaIn,
        SolveOutcome outcome,
        PowerFlowAlgorithm algorithm,
        InitialPoint start,
        double tolerance,
        IEnumerable<PowerFlowDiagnostic>? extra = null,
        bool dc = false,
        Func<int, double, (double P, double Q)>? loadAt = null)
    {
        var grid = net.Case;
        var n = net.BusCount;
        var diagnostics = new List<PowerFlowDiagnostic>(net.Diagnostics);
        if (extra is not null)
        {
            diagnostics.AddRange(extra);
        }

        var vm = new double[n];
        var va = new double[n];
        var finite = true;
        for (var i = 0; i < n; i++)
        {
            finite &= double.IsFinite(vmIn[i]) && double.IsFinite(vaIn[i]);
            vm[i] = double.IsFinite(vmIn[i]) ? vmIn[i] : 0;
            va[i] = double.IsFinite(vaIn[i]) ? vaIn[i] : 0;
        }

        if (!finite)
        {
            diagnostics.Add(new(DiagnosticSeverity.Error, "non-finite-state", "the iteration produced non-finite voltages; they are reported as 0"));
        }

        var e = new double[n];
        var f = new double[n];
        for (var i = 0; i < n; i++)
        {
            e[i] = vm[i] * Math.Cos(va[i]);
            f[i] = vm[i] * Math.Sin(va[i]);
        }

        var pCalc = new double[n];
        var qCalc = new double[n];
        var baseMva = net.BaseMva;
        if (dc)
        {
            DcInjections(net, va, pCalc);
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                double ir = 0, ii = 0;
                for (var p = net.YRowPtr[i]; p < net.YRowPtr[i + 1]; p++)
                {
                    var k = net.YCol[p];
                    ir += (net.G[p] * e[k]) - (net.B[p] * f[k]);
                    ii += (net.B[p] * e[k]) + (net.G[p] * f[k]);
                }

                pCalc[i] = (e[i] * ir) + (f[i] * ii);
                qCalc[i] = (f[i] * ir) - (e[i] * ii);
            }
        }

        var buses = new BusResult[grid.Buses.Count];
        double vmin = double.MaxValue, vmax = double.MinValue;
        int vminBus = 0, vmaxBus = 0;
        for (var c = 0; c < grid.Buses.Count; c++)
        {
            var b = grid.Buses[c];
            var i = net.CaseToInternal[c];
            if (i < 0)
            {
                buses[c] = new BusResult(b.Id, 0, 0, 0, 0, 0, false);
                continue;
            }

            var repr = net.InternalToCase[i] == c;
            buses[c] = new BusResult(b.Id, vm[i], va[i] * 180 / Math.PI, vm[i] * b.BaseKv,
                repr ? Clean(pCalc[i] * baseMva) : 0, repr ? Clean(qCalc[i] * baseMva) : 0, true);
            if (vm[i] < vmin)
            {
                (vmin, vminBus) = (vm[i], b.Id);
            }

            if (vm[i] > vmax)
            {
                (vmax, vmaxBus) = (vm[i], b.Id);
            }
        }

        var branches = BuildBranches(net, e, f, va, dc, out var lossP, out var lossQ);

        double slackP = 0, slackQ = 0;
        for (var i = 0; i < n; i++)
        {
            if (net.Types[i] == BusType.Slack)
            {
                var (lp, lq) = loadAt is null ? LoadAt(net, i, vm[i]) : loadAt(i, vm[i]);
                slackP += (pCalc[i] * baseMva) + lp;
                slackQ += (qCalc[i] * baseMva) + lq;
            }
        }

        return new PowerFlowResult
        {
            CaseName = grid.Name,
            Algorithm = algorithm,
            Status = outcome.Status,
            Iterations = outcome.Iterations,
            MismatchNorm = Clean(outcome.MismatchNorm),
            Tolerance = tolerance,
            InitialPointUsed = start,
            BaseMva = baseMva,
            Buses = buses,
            Branches = branches,
            TotalLossMw = Clean(lossP),
            TotalLossMvar = Clean(lossQ),
            SlackPMw = Clean(slackP),
            SlackQMvar = dc ? 0 : Clean(slackQ),
            MinVmPu = n == 0 ? 0 : vmin,
            MinVmBusId = vminBus,
            MaxVmPu = n == 0 ? 0 : vmax,
            MaxVmBusId = vmaxBus,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>Case load (MW, MVAr) drawn at internal bus <paramref name="i"/> at voltage <paramref name="v"/>.</summary>
    internal static (double P, double Q) LoadAt(CompiledNetwork net, int i, double v)
    {
        double p = 0, q = 0;
        var grid = net.Case;
        var index = new Dictionary<int, int>(grid.Buses.Count);
        for (var c = 0; c < grid.Buses.Count; c++)
        {
            index[grid.Buses[c].Id] = c;
        }

        foreach (var l in grid.Loads)
        {
            if (!l.InService)
            {
                continue;
            }

            if (net.CaseToInternal[index[l.Bus]] != i)
            {
                continue;
            }

            var scale = (1 - l.ImpedanceFraction - l.CurrentFraction) + (l.CurrentFraction * v) + (l.ImpedanceFraction * v * v);
            p += l.PMw * scale;
            q += l.QMvar * scale;
        }

        return (p, q);
    }

    private static BranchResult[] BuildBranches(CompiledNetwork net, double[] e, double[] f, double[] va, bool dc, out double lossP, out double lossQ)
    {
        var grid = net.Case;
        var baseMva = net.BaseMva;
        var result = new BranchResult[grid.Branches.Count];
        var active = new int[grid.Branches.Count];
        Array.Fill(active, -1);
        for (var k = 0; k < net.BranchCaseIndex.Length; k++)
        {
            active[net.BranchCaseIndex[k]] = k;
        }

        lossP = 0;
        lossQ = 0;
        for (var c = 0; c < grid.Branches.Count; c++)
        {
            var br = grid.Branches[c];
            var k = active[c];
            if (k < 0)
            {
                result[c] = new BranchResult(c, br.From, br.To, 0, 0, 0, 0, 0, 0, br.RateMva > 0 ? 0 : null, false);
                continue;
            }

            int fb = net.BranchFrom[k], tb = net.BranchTo[k];
            double pf, qf, pt, qt;
            if (dc)
            {
                pf = (va[fb] - va[tb] - (br.ShiftDeg * Math.PI / 180)) / (br.XPu * br.EffectiveTap) * baseMva;
                (qf, pt, qt) = (0, -pf, 0);
            }
            else
            {
                (pf, qf) = EndPower(e, f, fb, tb, net.Yff, net.Yft, k, baseMva);
                (pt, qt) = EndPower(e, f, tb, fb, net.Ytt, net.Ytf, k, baseMva);
            }

            double? loading = br.RateMva > 0 ? Math.Max(Math.Sqrt((pf * pf) + (qf * qf)), Math.Sqrt((pt * pt) + (qt * qt))) / br.RateMva * 100 : null;
            result[c] = new BranchResult(c, br.From, br.To, Clean(pf), Clean(qf), Clean(pt), Clean(qt), Clean(pf + pt), Clean(qf + qt), loading, true);
            lossP += pf + pt;
            lossQ += qf + qt;
        }

        return result;
    }

    /// <summary>S entering the branch at bus a: V_a · conj(Y_aa V_a + Y_ab V_b), MW/MVAr.</summary>
    internal static (double P, double Q) EndPower(double[] e, double[] f, int a, int b, double[] yaa, double[] yab, int k, double baseMva)
    {
        double gaa = yaa[2 * k], baa = yaa[(2 * k) + 1], gab = yab[2 * k], bab = yab[(2 * k) + 1];
        var ir = (gaa * e[a]) - (baa * f[a]) + (gab * e[b]) - (bab * f[b]);
        var ii = (baa * e[a]) + (gaa * f[a]) + (bab * e[b]) + (gab * f[b]);
        return (((e[a] * ir) + (f[a] * ii)) * baseMva, ((f[a] * ir) - (e[a] * ii)) * baseMva);
    }

    private static void DcInjections(CompiledNetwork net, double[] va, double[] p)
    {
        var grid = net.Case;
        for (var k = 0; k < net.BranchCaseIndex.Length; k++)
        {
            var br = grid.Branches[net.BranchCaseIndex[k]];
            int fb = net.BranchFrom[k], tb = net.BranchTo[k];
            var flow = (va[fb] - va[tb] - (br.ShiftDeg * Math.PI / 180)) / (br.XPu * br.EffectiveTap);
            p[fb] += flow;
            p[tb] -= flow;
        }
    }

    private static double Clean(double x) => double.IsFinite(x) ? x : 0;
}
