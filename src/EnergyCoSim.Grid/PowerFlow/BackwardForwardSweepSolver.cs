using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>
/// Backward/forward sweep (ladder iteration) for radial networks whose buses are PQ apart from one slack per
/// island. Backward: bus currents summed towards the slack through each branch's two-port; forward: voltages from
/// the slack outwards. Branch taps, shifts and charging are honoured. Stops on the same P/Q mismatch norm as NR.
/// </summary>
public sealed class BackwardForwardSweepSolver
{
    /// <summary>Creates the solver; <see cref="PowerFlowOptions.MaxIterations"/> caps the number of sweeps.</summary>
    public BackwardForwardSweepSolver(PowerFlowOptions? options = null) =>
        Options = options ?? new PowerFlowOptions(maxIterations: 200);

    /// <summary>Solver settings.</summary>
    public PowerFlowOptions Options { get; }

    /// <summary>Solves a radial <paramref name="grid"/>; meshed networks or PV buses give <see cref="PowerFlowStatus.NotApplicable"/>.</summary>
    public PowerFlowResult Solve(GridCase grid, CancellationToken cancellationToken = default)
    {
        var net = CompiledNetwork.Compile(grid);
        var kernel = new NewtonRaphsonKernel(net);
        kernel.SetFlatStart();
        if (!net.IsSolvable)
        {
            return ResultBuilder.Build(net, kernel.Vm, kernel.Va, new SolveOutcome(PowerFlowStatus.InvalidNetwork, 0, 0), PowerFlowAlgorithm.BackwardForwardSweep, InitialPoint.Flat, Options.Tolerance);
        }

        if (!net.IsRadial || net.Types.Any(t => t == BusType.PV))
        {
            var why = net.IsRadial ? "the network has PV buses" : "the network is meshed (more branches than buses minus slacks)";
            return ResultBuilder.Build(net, kernel.Vm, kernel.Va, new SolveOutcome(PowerFlowStatus.NotApplicable, 0, 0), PowerFlowAlgorithm.BackwardForwardSweep, InitialPoint.Flat, Options.Tolerance,
                [new PowerFlowDiagnostic(DiagnosticSeverity.Error, "sweep-not-applicable", $"backward/forward sweep needs a radial network with PQ buses only: {why}; use Newton–Raphson")]);
        }

        var outcome = Sweep(net, kernel, Options.ToStopCriteria(), cancellationToken);
        PowerFlowDiagnostic[] extra = outcome.Converged ? [] :
            [new PowerFlowDiagnostic(DiagnosticSeverity.Error, "not-converged", $"the sweep ended {outcome.Status} after {outcome.Iterations} sweeps (mismatch {outcome.MismatchNorm:G3} p.u.); heavily loaded or long feeders may need Newton–Raphson")];
        return ResultBuilder.Build(net, kernel.Vm, kernel.Va, outcome, PowerFlowAlgorithm.BackwardForwardSweep, InitialPoint.Flat, Options.Tolerance, extra);
    }

    private static SolveOutcome Sweep(CompiledNetwork net, NewtonRaphsonKernel kernel, StopCriteria stop, CancellationToken ct)
    {
        var n = net.BusCount;
        var tree = RadialTree.Build(net);
        double[] e = new double[n], f = new double[n], jr = new double[n], ji = new double[n], shG = new double[n], shB = new double[n];
        for (var i = 0; i < n; i++)
        {
            (shG[i], shB[i]) = (net.G[net.YDiag[i]], net.B[net.YDiag[i]]);
        }

        for (var k = 0; k < net.BranchFrom.Length; k++)
        {
            shG[net.BranchFrom[k]] -= net.Yff[2 * k];
            shB[net.BranchFrom[k]] -= net.Yff[(2 * k) + 1];
            shG[net.BranchTo[k]] -= net.Ytt[2 * k];
            shB[net.BranchTo[k]] -= net.Ytt[(2 * k) + 1];
        }

        for (var i = 0; i < n; i++)
        {
            e[i] = kernel.Vm[i] * Math.Cos(kernel.Va[i]);
            f[i] = kernel.Vm[i] * Math.Sin(kernel.Va[i]);
        }

        var norm = kernel.Mismatch();
        for (var it = 0; ; it++)
        {
            var status = stop.Evaluate(it, norm, ct);
            if (status is not null)
            {
                return new SolveOutcome(status.Value, it, norm);
            }

            // Backward: current drawn at each bus (load, shunt) plus what its subtree draws.
            for (var i = 0; i < n; i++)
            {
                var vm = Math.Sqrt((e[i] * e[i]) + (f[i] * f[i]));
                var p = kernel.PSpec[i] - (net.PLoadI[i] * vm) - (net.PLoadZ[i] * vm * vm);
                var q = kernel.QSpec[i] - (net.QLoadI[i] * vm) - (net.QLoadZ[i] * vm * vm);
                var v2 = (e[i] * e[i]) + (f[i] * f[i]);

                // Drawn current = -conj(S_inj / V) + Ysh V.
                jr[i] = (-((p * e[i]) + (q * f[i])) / v2) + ((shG[i] * e[i]) - (shB[i] * f[i]));
                ji[i] = (-((p * f[i]) - (q * e[i])) / v2) + ((shB[i] * e[i]) + (shG[i] * f[i]));
            }

            for (var o = tree.Order.Length - 1; o >= 0; o--)
            {
                var c = tree.Order[o];
                var parent = tree.Parent[c];
                if (parent < 0)
                {
                    continue;
                }

                var br = tree.ParentBranch[c];
                var (ypp, ypc, ycp, ycc) = tree.ChildIsTo[c] ? (net.Yff, net.Yft, net.Ytf, net.Ytt) : (net.Ytt, net.Ytf, net.Yft, net.Yff);

                // I_c = -J_c; V_p' = (I_c - Ycc V_c) / Ycp; I_p = Ypp V_p' + Ypc V_c.
                var (icr, ici) = (-jr[c], -ji[c]);
                var (ar, ai) = Sub(icr, ici, Mul(ycc, br, e[c], f[c]));
                var (vpr, vpi) = Div(ar, ai, ycp[2 * br], ycp[(2 * br) + 1]);
                var (pr, pi) = Mul(ypp, br, vpr, vpi);
                var (qr, qi) = Mul(ypc, br, e[c], f[c]);
                jr[parent] += pr + qr;
                ji[parent] += pi + qi;
            }

            // Forward: V_c = (I_c - Ycp V_p) / Ycc.
            foreach (var c in tree.Order)
            {
                var parent = tree.Parent[c];
                if (parent < 0)
                {
                    continue;
                }

                var br = tree.ParentBranch[c];
                var (ycp, ycc) = tree.ChildIsTo[c] ? (net.Ytf, net.Ytt) : (net.Yft, net.Yff);
                var (ar, ai) = Sub(-jr[c], -ji[c], Mul(ycp, br, e[parent], f[parent]));
                (e[c], f[c]) = Div(ar, ai, ycc[2 * br], ycc[(2 * br) + 1]);
            }

            for (var i = 0; i < n; i++)
            {
                kernel.Vm[i] = Math.Sqrt((e[i] * e[i]) + (f[i] * f[i]));
                kernel.Va[i] = Math.Atan2(f[i], e[i]);
            }

            norm = kernel.Mismatch();
        }
    }

    private static (double, double) Mul(double[] y, int k, double re, double im) =>
        ((y[2 * k] * re) - (y[(2 * k) + 1] * im), (y[2 * k] * im) + (y[(2 * k) + 1] * re));

    private static (double, double) Sub(double ar, double ai, (double R, double I) b) => (ar - b.R, ai - b.I);

    private static (double, double) Div(double ar, double ai, double br, double bi)
    {
        var d = (br * br) + (bi * bi);
        return (((ar * br) + (ai * bi)) / d, ((ai * br) - (ar * bi)) / d);
    }
}
