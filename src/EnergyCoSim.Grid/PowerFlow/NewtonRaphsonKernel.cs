using EnergyCoSim.Grid.LinearAlgebra;
using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>
/// Polar Newton–Raphson on the nodal power mismatch over a compiled network. Every bus has two unknowns (θ, |V|)
/// and two equations; slack rows and PV Q rows are identity rows, so the Jacobian pattern — and the symbolic LU —
/// never changes. All work arrays are allocated once; <see cref="Iterate"/> allocates nothing.
/// </summary>
internal sealed class NewtonRaphsonKernel
{
    private readonly CompiledNetwork _net;
    private readonly SparseLu _lu;
    private readonly int[] _jRowPtr;
    private readonly double[] _e, _f, _iRe, _iIm, _p, _q, _rhs, _flatAngle;

    public NewtonRaphsonKernel(CompiledNetwork net)
    {
        _net = net;
        var n = net.BusCount;
        Vm = new double[n];
        Va = new double[n];
        PSpec = (double[])net.PInj.Clone();
        QSpec = (double[])net.QInj.Clone();
        _e = new double[n];
        _f = new double[n];
        _iRe = new double[n];
        _iIm = new double[n];
        _p = new double[n];
        _q = new double[n];
        _rhs = new double[2 * n];
        _flatAngle = IslandSlackAngles(net);

        // Jacobian pattern: each Y non-zero (i, k) becomes a 2x2 block; rows 2i (P or Re) and 2i+1 (Q or Im).
        var yPtr = net.YRowPtr;
        _jRowPtr = new int[(2 * n) + 1];
        var jCol = new int[4 * net.YCol.Length];
        for (var i = 0; i < n; i++)
        {
            var deg = yPtr[i + 1] - yPtr[i];
            _jRowPtr[2 * i] = 4 * yPtr[i];
            _jRowPtr[(2 * i) + 1] = (4 * yPtr[i]) + (2 * deg);
            _jRowPtr[(2 * i) + 2] = 4 * yPtr[i + 1];
            for (var p = yPtr[i]; p < yPtr[i + 1]; p++)
            {
                var o = 2 * (p - yPtr[i]);
                var k = net.YCol[p];
                jCol[_jRowPtr[2 * i] + o] = 2 * k;
                jCol[_jRowPtr[2 * i] + o + 1] = (2 * k) + 1;
                jCol[_jRowPtr[(2 * i) + 1] + o] = 2 * k;
                jCol[_jRowPtr[(2 * i) + 1] + o + 1] = (2 * k) + 1;
            }
        }

        // Order on the bus graph and keep each bus's (θ, |V|) pair together: half the nodes, 2x2 pivots in order.
        var busAdjacency = new HashSet<int>[n];
        for (var i = 0; i < n; i++)
        {
            busAdjacency[i] = [.. net.YCol.AsSpan(yPtr[i], yPtr[i + 1] - yPtr[i])];
        }

        var busOrder = MinimumDegreeOrdering.Order(busAdjacency);
        var ordering = new int[2 * n];
        for (var k = 0; k < n; k++)
        {
            ordering[2 * k] = 2 * busOrder[k];
            ordering[(2 * k) + 1] = (2 * busOrder[k]) + 1;
        }

        _lu = new SparseLu(2 * n, _jRowPtr, jCol, ordering);
    }

    /// <summary>Voltage magnitudes, p.u. (state; set the start before <see cref="Iterate"/>).</summary>
    public double[] Vm { get; }

    /// <summary>Voltage angles, radians.</summary>
    public double[] Va { get; }

    /// <summary>Specified constant-power net injections, p.u. (generation minus load); writable between solves.</summary>
    public double[] PSpec { get; }

    /// <summary>Specified reactive net injections, p.u.</summary>
    public double[] QSpec { get; }

    /// <summary>Calculated active injections at the last evaluated state, p.u.</summary>
    public ReadOnlySpan<double> PCalc => _p;

    /// <summary>Calculated reactive injections at the last evaluated state, p.u.</summary>
    public ReadOnlySpan<double> QCalc => _q;

    public SparseLu Lu => _lu;

    /// <summary>Flat start: set points at slack/PV buses, 1 p.u. elsewhere, slack angle everywhere.</summary>
    public void SetFlatStart()
    {
        for (var i = 0; i < _net.BusCount; i++)
        {
            Vm[i] = _net.Types[i] == BusType.PQ ? 1.0 : _net.VSet[i];
            Va[i] = _flatAngle[i];
        }
    }

    /// <summary>Angle of the slack bus of each bus's island (flat start must not mix islands' references).</summary>
    private static double[] IslandSlackAngles(CompiledNetwork net)
    {
        var angle = new double[net.BusCount];
        var seen = new bool[net.BusCount];
        var queue = new Queue<int>();
        for (var s = 0; s < net.BusCount; s++)
        {
            if (net.Types[s] != BusType.Slack || seen[s])
            {
                continue;
            }

            seen[s] = true;
            queue.Enqueue(s);
            while (queue.TryDequeue(out var u))
            {
                angle[u] = net.VaSetRad[s];
                for (var p = net.YRowPtr[u]; p < net.YRowPtr[u + 1]; p++)
                {
                    var v = net.YCol[p];
                    if (!seen[v])
                    {
                        seen[v] = true;
                        queue.Enqueue(v);
                    }
                }
            }
        }

        return angle;
    }

    /// <summary>No-load start: solves Y·V = 0 at non-slack buses with slack voltages fixed (one linear solve).</summary>
    public bool SetNoLoadStart()
    {
        var net = _net;
        var values = _lu.Values;
        var n = net.BusCount;
        for (var i = 0; i < n; i++)
        {
            int r0 = _jRowPtr[2 * i], r1 = _jRowPtr[(2 * i) + 1];
            var slack = net.Types[i] == BusType.Slack;
            for (var p = net.YRowPtr[i]; p < net.YRowPtr[i + 1]; p++)
            {
                var o = 2 * (p - net.YRowPtr[i]);
                double g = net.G[p], b = net.B[p];
                var onDiag = net.YCol[p] == i;
                // Row 2i: -Im(I) = -B e - G f; row 2i+1: Re(I) = G e - B f (diagonals -B_ii > 0).
                values[r0 + o] = slack ? (onDiag ? 1 : 0) : -b;
                values[r0 + o + 1] = slack ? 0 : -g;
                values[r1 + o] = slack ? 0 : g;
                values[r1 + o + 1] = slack ? (onDiag ? 1 : 0) : -b;
            }

            if (slack)
            {
                (_rhs[2 * i], _rhs[(2 * i) + 1]) = net.SlackVoltage(i);
            }
            else
            {
                _rhs[2 * i] = 0;
                _rhs[(2 * i) + 1] = 0;
            }
        }

        if (!_lu.Factorize())
        {
            return false;
        }

        _lu.Solve(_rhs);
        for (var i = 0; i < n; i++)
        {
            double e = _rhs[2 * i], f = _rhs[(2 * i) + 1];
            var vm = Math.Sqrt((e * e) + (f * f));
            if (!double.IsFinite(vm) || vm < 0.1)
            {
                return false;
            }

            Vm[i] = net.Types[i] == BusType.PQ ? vm : net.VSet[i];
            Va[i] = Math.Atan2(f, e);
        }

        return true;
    }

    /// <summary>Runs Newton iterations from the current state until the criteria stop it.</summary>
    public SolveOutcome Iterate(in StopCriteria stop, CancellationToken cancellationToken)
    {
        var norm = Mismatch();
        for (var it = 0; ; it++)
        {
            var status = stop.Evaluate(it, norm, cancellationToken);
            if (status is not null)
            {
                return new SolveOutcome(status.Value, it, double.IsFinite(norm) ? norm : double.MaxValue);
            }

            BuildJacobian();
            if (!_lu.Factorize())
            {
                return new SolveOutcome(PowerFlowStatus.Singular, it, norm);
            }

            _lu.Solve(_rhs);
            for (var i = 0; i < _net.BusCount; i++)
            {
                Va[i] -= _rhs[2 * i];
                Vm[i] -= _rhs[(2 * i) + 1];
            }

            norm = Mismatch();
        }
    }

    /// <summary>Evaluates injections and the mismatch vector (into the right-hand side); returns its infinity norm.</summary>
    public double Mismatch()
    {
        var net = _net;
        var n = net.BusCount;
        for (var i = 0; i < n; i++)
        {
            var (s, c) = Math.SinCos(Va[i]);
            _e[i] = Vm[i] * c;
            _f[i] = Vm[i] * s;
        }

        var norm = 0.0;
        for (var i = 0; i < n; i++)
        {
            double ir = 0, ii = 0;
            for (var p = net.YRowPtr[i]; p < net.YRowPtr[i + 1]; p++)
            {
                var k = net.YCol[p];
                ir += (net.G[p] * _e[k]) - (net.B[p] * _f[k]);
                ii += (net.B[p] * _e[k]) + (net.G[p] * _f[k]);
            }

            _iRe[i] = ir;
            _iIm[i] = ii;
            _p[i] = (_e[i] * ir) + (_f[i] * ii);
            _q[i] = (_f[i] * ir) - (_e[i] * ii);
            var v = Vm[i];
            double fp = 0, fq = 0;
            var type = net.Types[i];
            if (type != BusType.Slack)
            {
                fp = _p[i] - (PSpec[i] - (net.PLoadI[i] * v) - (net.PLoadZ[i] * v * v));
                if (type == BusType.PQ)
                {
                    fq = _q[i] - (QSpec[i] - (net.QLoadI[i] * v) - (net.QLoadZ[i] * v * v));
                }
            }

            _rhs[2 * i] = fp;
            _rhs[(2 * i) + 1] = fq;
            var a = Math.Max(Math.Abs(fp), Math.Abs(fq));
            norm = a > norm || double.IsNaN(a) ? a : norm;
        }

        return norm;
    }

    private void BuildJacobian()
    {
        var net = _net;
        var values = _lu.Values;
        for (var i = 0; i < net.BusCount; i++)
        {
            int r0 = _jRowPtr[2 * i], r1 = _jRowPtr[(2 * i) + 1];
            var type = net.Types[i];
            double ei = _e[i], fi = _f[i], vi = Vm[i];
            for (var p = net.YRowPtr[i]; p < net.YRowPtr[i + 1]; p++)
            {
                var o = 2 * (p - net.YRowPtr[i]);
                var k = net.YCol[p];
                double g = net.G[p], b = net.B[p];
                double dpdt, dpdv, dqdt, dqdv;
                if (k == i)
                {
                    dpdt = -_q[i] - (b * vi * vi);
                    dpdv = (_p[i] / vi) + (g * vi) + net.PLoadI[i] + (2 * net.PLoadZ[i] * vi);
                    dqdt = _p[i] - (g * vi * vi);
                    dqdv = (_q[i] / vi) - (b * vi) + net.QLoadI[i] + (2 * net.QLoadZ[i] * vi);
                }
                else
                {
                    double a = (ei * _e[k]) + (fi * _f[k]), c = (fi * _e[k]) - (ei * _f[k]);
                    double vk = Vm[k], ga = (g * a) + (b * c), gc = (g * c) - (b * a);
                    dpdt = gc;
                    dpdv = ga / vk;
                    dqdt = -ga;
                    dqdv = gc / vk;
                }

                var diag = k == i ? 1.0 : 0.0;
                if (type == BusType.Slack)
                {
                    values[r0 + o] = diag;
                    values[r0 + o + 1] = 0;
                    values[r1 + o] = 0;
                    values[r1 + o + 1] = diag;
                }
                else
                {
                    values[r0 + o] = dpdt;
                    values[r0 + o + 1] = dpdv;
                    values[r1 + o] = type == BusType.PV ? 0 : dqdt;
                    values[r1 + o + 1] = type == BusType.PV ? diag : dqdv;
                }
            }
        }
    }
}
