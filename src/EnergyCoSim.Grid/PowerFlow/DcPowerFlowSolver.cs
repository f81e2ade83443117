using EnergyCoSim.Grid.LinearAlgebra;
using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>
/// DC power flow (MATPOWER convention): lossless, |V| = 1 p.u., branch flow b·(θf − θt − shift) with b = 1/(x·tap),
/// bus shunt conductances as loads, ZIP loads at their 1 p.u. value. One sparse linear solve.
/// The reported norm is the infinity norm of the linear-system residual, p.u.
/// </summary>
public sealed class DcPowerFlowSolver
{
    /// <summary>Solves the DC power flow of <paramref name="grid"/>.</summary>
    public PowerFlowResult Solve(GridCase grid, CancellationToken cancellationToken = default)
    {
        var net = CompiledNetwork.Compile(grid);
        var n = net.BusCount;
        var vm = new double[n];
        var va = new double[n];
        Array.Fill(vm, 1.0);
        if (!net.IsSolvable || cancellationToken.IsCancellationRequested)
        {
            var status = net.IsSolvable ? PowerFlowStatus.Cancelled : PowerFlowStatus.InvalidNetwork;
            return ResultBuilder.Build(net, vm, va, new SolveOutcome(status, 0, 0), PowerFlowAlgorithm.Dc, InitialPoint.Flat, 0, dc: true);
        }

        var values = new double[net.YCol.Length];
        var rhs = new double[n];
        var shuntG = new double[n];
        for (var i = 0; i < n; i++)
        {
            shuntG[i] = net.G[net.YDiag[i]];
        }

        for (var k = 0; k < net.BranchFrom.Length; k++)
        {
            shuntG[net.BranchFrom[k]] -= net.Yff[2 * k];
            shuntG[net.BranchTo[k]] -= net.Ytt[2 * k];
        }

        for (var i = 0; i < n; i++)
        {
            rhs[i] = net.PInj[i] - net.PLoadI[i] - net.PLoadZ[i] - shuntG[i];
        }

        for (var k = 0; k < net.BranchFrom.Length; k++)
        {
            var br = grid.Branches[net.BranchCaseIndex[k]];
            var b = 1 / (br.XPu * br.EffectiveTap);
            int f = net.BranchFrom[k], t = net.BranchTo[k];
            Add(net, values, f, f, b);
            Add(net, values, t, t, b);
            Add(net, values, f, t, -b);
            Add(net, values, t, f, -b);
            var shift = br.ShiftDeg * Math.PI / 180;
            rhs[f] += b * shift;
            rhs[t] -= b * shift;
        }

        for (var i = 0; i < n; i++)
        {
            if (net.Types[i] != BusType.Slack)
            {
                continue;
            }

            for (var p = net.YRowPtr[i]; p < net.YRowPtr[i + 1]; p++)
            {
                values[p] = net.YCol[p] == i ? 1 : 0;
            }

            rhs[i] = net.VaSetRad[i];
        }

        var lu = new SparseLu(n, net.YRowPtr, net.YCol);
        values.CopyTo(lu.Values);
        if (!lu.Factorize())
        {
            return ResultBuilder.Build(net, vm, va, new SolveOutcome(PowerFlowStatus.Singular, 1, 0), PowerFlowAlgorithm.Dc, InitialPoint.Flat, 0, dc: true);
        }

        var x = (double[])rhs.Clone();
        lu.Solve(x);
        var residual = 0.0;
        for (var i = 0; i < n; i++)
        {
            va[i] = x[i];
            var s = 0.0;
            for (var p = net.YRowPtr[i]; p < net.YRowPtr[i + 1]; p++)
            {
                s += values[p] * x[net.YCol[p]];
            }

            residual = Math.Max(residual, Math.Abs(s - rhs[i]));
        }

        return ResultBuilder.Build(net, vm, va, new SolveOutcome(PowerFlowStatus.Converged, 1, residual), PowerFlowAlgorithm.Dc, InitialPoint.Flat, 1e-8, dc: true);
    }

    private static void Add(CompiledNetwork net, double[] values, int i, int j, double v) =>
        values[Array.BinarySearch(net.YCol, net.YRowPtr[i], net.YRowPtr[i + 1] - net.YRowPtr[i], j)] += v;
}
