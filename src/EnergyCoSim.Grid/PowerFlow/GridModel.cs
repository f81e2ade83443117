using EnergyCoSim.Grid.Network;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>
/// A compiled network the co-simulation steps every interval: set per-bus injections (kW/kvar), solve warm with
/// Newton–Raphson (symbolic LU reused, no allocation), read voltages, loadings and losses.
/// Not thread-safe: one model per thread.
/// </summary>
public sealed partial class GridModel
{
    private readonly CompiledNetwork _net;
    private readonly NewtonRaphsonKernel _kernel;
    private readonly Dictionary<int, int> _caseIndex;
    private readonly double[] _genP, _genQ, _loadP, _loadQ, _loadPI, _loadQI, _loadPZ, _loadQZ, _extraP, _extraQ;
    private readonly double[] _e, _f, _qMax, _qMin;
    private readonly int[] _atLimit;
    private readonly BusType[] _baseTypes;
    private readonly ILogger _logger;
    private double _loadScale = 1;
    private bool _hasSolution;

    /// <summary>Compiles <paramref name="grid"/> (switch merging, islands, Y, symbolic LU); logs start fallbacks and failures.</summary>
    public GridModel(GridCase grid, PowerFlowOptions? options = null, ILogger? logger = null)
    {
        Options = options ?? PowerFlowOptions.Default;
        _logger = logger ?? NullLogger.Instance;
        _net = CompiledNetwork.Compile(grid);
        _kernel = new NewtonRaphsonKernel(_net);
        _caseIndex = grid.Buses.Select((b, i) => (b.Id, i)).ToDictionary(t => t.Id, t => t.i);
        var n = _net.BusCount;
        (_genP, _genQ, _loadP, _loadQ) = (new double[n], new double[n], new double[n], new double[n]);
        _loadPI = (double[])_net.PLoadI.Clone();
        _loadQI = (double[])_net.QLoadI.Clone();
        _loadPZ = (double[])_net.PLoadZ.Clone();
        _loadQZ = (double[])_net.QLoadZ.Clone();
        (_extraP, _extraQ, _e, _f) = (new double[n], new double[n], new double[n], new double[n]);
        foreach (var l in grid.Loads.Where(l => l.InService))
        {
            var i = _net.CaseToInternal[_caseIndex[l.Bus]];
            if (i >= 0)
            {
                var share = 1 - l.ImpedanceFraction - l.CurrentFraction;
                _loadP[i] += l.PMw * share / grid.BaseMva;
                _loadQ[i] += l.QMvar * share / grid.BaseMva;
            }
        }

        for (var i = 0; i < n; i++)
        {
            _genP[i] = _net.PInj[i] + _loadP[i];
            _genQ[i] = _net.QInj[i] + _loadQ[i];
        }

        _baseTypes = (BusType[])_net.Types.Clone();
        (_qMax, _qMin, _atLimit) = (new double[n], new double[n], new int[n]);
        InitialiseQLimits(grid);
        _kernel.SetFlatStart();
    }

    /// <summary>The case this model was compiled from.</summary>
    public GridCase Case => _net.Case;

    /// <summary>Solver settings.</summary>
    public PowerFlowOptions Options { get; }

    /// <summary>Findings from compiling the network (merged switches, islands, zero impedances).</summary>
    public IReadOnlyList<PowerFlowDiagnostic> NetworkDiagnostics => _net.Diagnostics;

    /// <summary>Start used by the last solve.</summary>
    public InitialPoint LastInitialPoint { get; private set; } = InitialPoint.Flat;

    /// <summary>Outcome of the last solve.</summary>
    public SolveOutcome LastOutcome { get; private set; }

    /// <summary>Sets the net injection at a bus on top of the case's loads and generators: kW and kvar, positive = into the grid.</summary>
    public void SetBusInjectionKw(int busId, double pKw, double qKvar)
    {
        var i = InternalIndex(busId);
        if (i >= 0)
        {
            _extraP[i] = pKw / 1000 / _net.BaseMva;
            _extraQ[i] = qKvar / 1000 / _net.BaseMva;
        }
    }

    /// <summary>Adds to the net injection at a bus (several agents on one bus): kW and kvar, positive = into the grid.</summary>
    public void AddBusInjectionKw(int busId, double pKw, double qKvar)
    {
        var i = InternalIndex(busId);
        if (i >= 0)
        {
            _extraP[i] += pKw / 1000 / _net.BaseMva;
            _extraQ[i] += qKvar / 1000 / _net.BaseMva;
        }
    }

    /// <summary>Position of bus <paramref name="busId"/> in case order (the index used by <see cref="CopyVoltagesPu"/>).</summary>
    public int BusIndex(int busId) =>
        _caseIndex.TryGetValue(busId, out var c) ? c : throw new KeyNotFoundException($"bus {busId} is not in case '{Case.Name}'");

    /// <summary>Removes every injection set with <see cref="SetBusInjectionKw"/> or <see cref="AddBusInjectionKw"/>.</summary>
    public void ClearInjections()
    {
        Array.Clear(_extraP);
        Array.Clear(_extraQ);
    }

    /// <summary>Multiplies every case load (all ZIP parts) by <paramref name="factor"/> (1 = as in the case).</summary>
    public void SetLoadScale(double factor)
    {
        if (!double.IsFinite(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "load scale must be finite");
        }

        _loadScale = factor;
    }

    /// <summary>Solves with the options' start for the first solve and a warm start afterwards. Allocation-free.</summary>
    public SolveOutcome Solve(CancellationToken cancellationToken = default) =>
        Solve(_hasSolution ? InitialPoint.Warm : Options.InitialPoint, cancellationToken);

    /// <summary>Solves from the given start (<see cref="InitialPoint.Auto"/> falls back from flat to no-load).</summary>
    public SolveOutcome Solve(InitialPoint start, CancellationToken cancellationToken = default)
    {
        if (!_net.IsSolvable)
        {
            LastOutcome = new SolveOutcome(PowerFlowStatus.InvalidNetwork, 0, 0);
            return LastOutcome;
        }

        ApplyInjections();
        ResetBusTypes();
        var outcome = SolveFrom(start, cancellationToken);
        if (Options.EnforceQLimits && outcome.Converged)
        {
            outcome = EnforceQLimits(outcome, cancellationToken);
        }

        LastOutcome = outcome;
        _hasSolution = outcome.Converged;
        if (!outcome.Converged)
        {
            PowerFlowLog.NotConverged(_logger, Case.Name, outcome.Status, outcome.Iterations, outcome.MismatchNorm);
        }

        return outcome;
    }

    private SolveOutcome SolveFrom(InitialPoint start, CancellationToken cancellationToken)
    {
        var stop = Options.ToStopCriteria();
        SolveOutcome outcome;
        switch (start)
        {
            case InitialPoint.Warm when _hasSolution:
                outcome = _kernel.Iterate(stop, cancellationToken);
                if (!outcome.Converged && outcome.Status != PowerFlowStatus.Cancelled)
                {
                    return SolveFrom(InitialPoint.Auto, cancellationToken);
                }

                break;
            case InitialPoint.Flat:
                _kernel.SetFlatStart();
                outcome = _kernel.Iterate(stop, cancellationToken);
                break;
            case InitialPoint.NoLoad:
                outcome = _kernel.SetNoLoadStart() ? _kernel.Iterate(stop, cancellationToken) : new SolveOutcome(PowerFlowStatus.Singular, 0, 0);
                break;
            default:
                _kernel.SetFlatStart();
                outcome = _kernel.Iterate(stop, cancellationToken);
                start = InitialPoint.Flat;
                if (!outcome.Converged && outcome.Status != PowerFlowStatus.Cancelled && _kernel.SetNoLoadStart())
                {
                    PowerFlowLog.FlatStartFailed(_logger, Case.Name, outcome.Status);
                    outcome = _kernel.Iterate(stop, cancellationToken);
                    start = InitialPoint.NoLoad;
                }

                break;
        }

        LastInitialPoint = start;
        return outcome;
    }

    /// <summary>Voltage magnitude at a bus, p.u. (0 when de-energised).</summary>
    public double VoltagePu(int busId)
    {
        var i = InternalIndex(busId);
        return i < 0 ? 0 : _kernel.Vm[i];
    }

    /// <summary>Voltage angle at a bus, degrees.</summary>
    public double AngleDeg(int busId)
    {
        var i = InternalIndex(busId);
        return i < 0 ? 0 : _kernel.Va[i] * 180 / Math.PI;
    }

    /// <summary>Copies |V| (p.u.) of every case bus, in case order, into <paramref name="destination"/>.</summary>
    public void CopyVoltagesPu(Span<double> destination)
    {
        for (var c = 0; c < _net.CaseToInternal.Length; c++)
        {
            var i = _net.CaseToInternal[c];
            destination[c] = i < 0 ? 0 : _kernel.Vm[i];
        }
    }

    /// <summary>Minimum and maximum |V| over energised buses, p.u.</summary>
    public (double Min, double Max) VoltageRangePu()
    {
        double lo = double.MaxValue, hi = double.MinValue;
        foreach (var v in _kernel.Vm)
        {
            lo = Math.Min(lo, v);
            hi = Math.Max(hi, v);
        }

        return (lo, hi);
    }

    /// <summary>Total active and reactive branch losses, kW and kvar. Allocation-free.</summary>
    public (double PKw, double QKvar) Losses()
    {
        UpdateRectangular();
        double p = 0, q = 0;
        for (var k = 0; k < _net.BranchFrom.Length; k++)
        {
            var (pf, qf) = ResultBuilder.EndPower(_e, _f, _net.BranchFrom[k], _net.BranchTo[k], _net.Yff, _net.Yft, k, _net.BaseMva);
            var (pt, qt) = ResultBuilder.EndPower(_e, _f, _net.BranchTo[k], _net.BranchFrom[k], _net.Ytt, _net.Ytf, k, _net.BaseMva);
            p += pf + pt;
            q += qf + qt;
        }

        return (p * 1000, q * 1000);
    }

    /// <summary>Loadings of every case branch, % of rating (0 when unrated or out of service), into <paramref name="destination"/>.</summary>
    public void CopyBranchLoadingsPercent(Span<double> destination)
    {
        UpdateRectangular();
        destination[..Case.Branches.Count].Clear();
        for (var k = 0; k < _net.BranchFrom.Length; k++)
        {
            var rate = Case.Branches[_net.BranchCaseIndex[k]].RateMva;
            if (rate <= 0)
            {
                continue;
            }

            var (pf, qf) = ResultBuilder.EndPower(_e, _f, _net.BranchFrom[k], _net.BranchTo[k], _net.Yff, _net.Yft, k, _net.BaseMva);
            var (pt, qt) = ResultBuilder.EndPower(_e, _f, _net.BranchTo[k], _net.BranchFrom[k], _net.Ytt, _net.Ytf, k, _net.BaseMva);
            destination[_net.BranchCaseIndex[k]] = Math.Max(Math.Sqrt((pf * pf) + (qf * qf)), Math.Sqrt((pt * pt) + (qt * qt))) / rate * 100;
        }
    }

    /// <summary>Builds the full immutable result of the last solve (allocates).</summary>
    public PowerFlowResult ToResult() =>
        ResultBuilder.Build(_net, _kernel.Vm, _kernel.Va, LastOutcome, PowerFlowAlgorithm.NewtonRaphson, LastInitialPoint, Options.Tolerance, OutcomeDiagnostics(),
            loadAt: (i, v) => (SlackLoad(_loadP[i], _extraP[i], _net.PLoadI[i], _net.PLoadZ[i], v), SlackLoad(_loadQ[i], _extraQ[i], _net.QLoadI[i], _net.QLoadZ[i], v)));

    private double SlackLoad(double constant, double extra, double current, double impedance, double v) =>
        ((_loadScale * constant) - extra + (current * v) + (impedance * v * v)) * _net.BaseMva;

    private IEnumerable<PowerFlowDiagnostic> OutcomeDiagnostics()
    {
        foreach (var d in QLimitDiagnostics())
        {
            yield return d;
        }

        var o = LastOutcome;
        if (o.Status is PowerFlowStatus.Converged or PowerFlowStatus.InvalidNetwork)
        {
            yield break;
        }

        yield return new PowerFlowDiagnostic(DiagnosticSeverity.Error, "not-converged", o.Status switch
        {
            PowerFlowStatus.Diverged => $"Newton–Raphson diverged after {o.Iterations} iterations (mismatch {o.MismatchNorm:G3} p.u.); check loading, taps and impedances",
            PowerFlowStatus.Singular => "the Jacobian is singular: a bus may be unobservable (e.g. PV bus with no path) or the operating point is at voltage collapse",
            PowerFlowStatus.Cancelled => $"cancelled after {o.Iterations} iterations",
            _ => $"no convergence in {o.Iterations} iterations (mismatch {o.MismatchNorm:G3} p.u. > tolerance {Options.Tolerance:G3}); the load may exceed what the network can carry",
        });
    }

    private int InternalIndex(int busId) =>
        _caseIndex.TryGetValue(busId, out var c) ? _net.CaseToInternal[c] : throw new KeyNotFoundException($"bus {busId} is not in case '{Case.Name}'");

    private void ApplyInjections()
    {
        var s = _loadScale;
        for (var i = 0; i < _net.BusCount; i++)
        {
            _kernel.PSpec[i] = _genP[i] - (s * _loadP[i]) + _extraP[i];
            _kernel.QSpec[i] = _genQ[i] - (s * _loadQ[i]) + _extraQ[i];
            _net.PLoadI[i] = s * _loadPI[i];
            _net.QLoadI[i] = s * _loadQI[i];
            _net.PLoadZ[i] = s * _loadPZ[i];
            _net.QLoadZ[i] = s * _loadQZ[i];
        }
    }

    private void UpdateRectangular()
    {
        for (var i = 0; i < _net.BusCount; i++)
        {
            var (sn, cs) = Math.SinCos(_kernel.Va[i]);
            _e[i] = _kernel.Vm[i] * cs;
            _f[i] = _kernel.Vm[i] * sn;
        }
    }
}
