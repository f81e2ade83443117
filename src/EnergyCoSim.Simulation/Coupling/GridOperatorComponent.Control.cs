using M = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Simulation.Coupling;

/// <content>The control law: tighten limits by sensitivity on a violation, relax them inside the dead band.</content>
public sealed partial class GridOperatorComponent
{
    /// <summary>A relaxed limit above this (kW) is released entirely.</summary>
    private const double ReleaseAboveKw = 1e5;

    private void Control()
    {
        var nBus = _grid.Buses.Count;
        var nAgents = _agents.Length;
        var p = new double[nAgents];
        var export = new double[nAgents];
        var import = new double[nAgents];
        var fee = new double[nAgents];
        for (var j = 0; j < nAgents; j++)
        {
            var b = _agentStart + (PerAgent * j);
            (p[j], export[j], import[j]) = (_reals[b], Math.Min(_reals[b + 1], M.Unlimited), Math.Min(_reals[b + 2], M.Unlimited));
            fee[j] = _reals[b + 3] > 0 ? _reals[b + 3] : 0;
        }

        var appliedExport = (double[])export.Clone();
        var appliedImport = (double[])import.Clone();

        int hi = -1, lo = -1;
        for (var i = 0; i < nBus; i++)
        {
            var v = _reals[i];
            if (v <= 0 || _grid.Buses[i].Type != Grid.Network.BusType.PQ)
            {
                continue; // de-energised, or a voltage the feeder's source or a generator holds (no agent can move it)
            }

            hi = hi < 0 || v > _reals[hi] ? i : hi;
            lo = lo < 0 || v < _reals[lo] ? i : lo;
        }

        var violations = 0;
        double reduced = 0, vExcess = 0, loadingExcess = 0;
        if (hi >= 0 && _reals[hi] > _options.VMaxPu)
        {
            violations++;
            vExcess = Math.Max(vExcess, _reals[hi] - _options.VMaxPu);
            reduced += Tighten(hi, (_reals[hi] - (_options.VMaxPu - _options.MarginPu)) / _kwToPu, p, export, exporters: true);
        }

        if (lo >= 0 && _reals[lo] < _options.VMinPu)
        {
            violations++;
            vExcess = Math.Max(vExcess, _options.VMinPu - _reals[lo]);
            reduced += Tighten(lo, ((_options.VMinPu + _options.MarginPu) - _reals[lo]) / _kwToPu, p, import, exporters: false);
        }

        var maxLoading = 0.0;
        for (var k = 0; k < _grid.Branches.Count; k++)
        {
            var loading = _reals[_branchStart + k];
            maxLoading = Math.Max(maxLoading, loading);
            if (loading <= _options.LoadingLimitPct || _sensitivity.ChildOfBranch[k] < 0)
            {
                continue;
            }

            violations++;
            loadingExcess = Math.Max(loadingExcess, loading - _options.LoadingLimitPct);
            reduced += RelieveBranch(k, loading, p, export, import);
        }

        var relaxing = violations == 0 && maxLoading < _options.LoadingLimitPct * 0.95;
        if (relaxing)
        {
            Relax(hi, lo, export, import);
        }

        if (_options.AdjustsFees)
        {
            AdjustFees(fee, violations > 0, relaxing && InsideDeadBand(hi, lo), appliedExport, appliedImport, export, import);
        }

        for (var j = 0; j < nAgents; j++)
        {
            var b = _agentStart + (PerAgent * j);
            (_reals[b + 4], _reals[b + 5], _reals[b + 6]) = (export[j], import[j], fee[j]);
        }

        var t = _totalStart;
        (_reals[t], _reals[t + 1], _reals[t + 2], _reals[t + 3]) = (violations, reduced, vExcess, loadingExcess);
    }

    /// <summary>Cuts the most sensitive agents' flows (exports or imports) until <paramref name="needPuKw"/> (pu·kW/pu) is covered; returns kW cut.</summary>
    private double Tighten(int bus, double needPuKw, double[] p, double[] limits, bool exporters)
    {
        // Linearised: ΔV ≈ R_shared · ΔP, so an agent with a larger shared resistance relieves the bus most per kW.
        var order = Enumerable.Range(0, _agents.Length)
            .Select(j => (j, s: _sensitivity.SharedResistance(bus, _agentBus[j]), flow: exporters ? p[j] : -p[j]))
            .Where(x => x.s > 0 && x.flow > 1e-9)
            .OrderByDescending(x => x.s)
            .ThenBy(x => x.j)
            .ToArray();
        var need = needPuKw;
        double cut = 0;
        foreach (var (j, s, flow) in order)
        {
            if (need <= 0)
            {
                break;
            }

            var r = Math.Min(flow, need / s);
            limits[j] = Math.Max(0, Math.Min(limits[j], flow) - r);
            need -= r * s;
            cut += r;
        }

        return cut;
    }

    private double RelieveBranch(int branch, double loading, double[] p, double[] export, double[] import)
    {
        var child = _sensitivity.ChildOfBranch[branch];
        var downstream = Enumerable.Range(0, _agents.Length).Where(j => _sensitivity.IsDownstream(_agentBus[j], child)).ToArray();
        var net = downstream.Sum(j => p[j]);
        var rateKw = _grid.Branches[branch].RateMva * 1000;
        var need = (loading - (_options.LoadingLimitPct - 1)) / 100 * rateKw;
        var exporters = net > 0;
        double cut = 0;
        foreach (var j in downstream.OrderByDescending(j => exporters ? p[j] : -p[j]))
        {
            var flow = exporters ? p[j] : -p[j];
            if (need <= 0 || flow <= 1e-9)
            {
                break;
            }

            var r = Math.Min(flow, need);
            if (exporters)
            {
                export[j] = Math.Max(0, Math.Min(export[j], flow) - r);
            }
            else
            {
                import[j] = Math.Max(0, Math.Min(import[j], flow) - r);
            }

            need -= r;
            cut += r;
        }

        return cut;
    }

    /// <summary>
    /// Network fees: an agent the DSO cuts in this sweep pays one fee step more on its P2P trades (up to the cap), so
    /// the market re-clears the interval with the dearer path; when every voltage is inside the dead band again, every
    /// fee comes down one step per sweep. Otherwise the applied fees are returned unchanged (the coupling's fixed point).
    /// </summary>
    private void AdjustFees(double[] fee, bool violated, bool relax, double[] appliedExport, double[] appliedImport, double[] export, double[] import)
    {
        for (var j = 0; j < fee.Length; j++)
        {
            var cut = export[j] < appliedExport[j] || import[j] < appliedImport[j];
            if (violated && cut)
            {
                fee[j] = Math.Min(_options.MaxFeeUsdPerMWh, fee[j] + _options.FeeStepUsdPerMWh);
            }
            else if (relax && fee[j] > 0)
            {
                fee[j] = Math.Max(0, fee[j] - _options.FeeStepUsdPerMWh);
            }
        }
    }

    private bool InsideDeadBand(int hi, int lo) =>
        (hi < 0 || _reals[hi] < _options.VMaxPu - _options.RelaxBandPu) && (lo < 0 || _reals[lo] > _options.VMinPu + _options.RelaxBandPu);

    /// <summary>Raises limits towards the middle of the dead band, shared among the limited agents.</summary>
    private void Relax(int hi, int lo, double[] export, double[] import)
    {
        var target = (_options.MarginPu + _options.RelaxBandPu) / 2;
        if (hi >= 0 && _reals[hi] < _options.VMaxPu - _options.RelaxBandPu)
        {
            RaiseLimits(export, (_options.VMaxPu - target) - _reals[hi]);
        }

        if (lo >= 0 && _reals[lo] > _options.VMinPu + _options.RelaxBandPu)
        {
            RaiseLimits(import, _reals[lo] - (_options.VMinPu + target));
        }
    }

    private void RaiseLimits(double[] limits, double headroomPu)
    {
        var limited = Enumerable.Range(0, _agents.Length).Where(j => limits[j] < M.Unlimited).ToArray();
        foreach (var j in limited)
        {
            var s = _sensitivity.SharedResistance(_agentBus[j], _agentBus[j]);
            var raise = s > 0 ? headroomPu / limited.Length / s / _kwToPu : M.Unlimited;
            limits[j] = limits[j] + raise > ReleaseAboveKw ? M.Unlimited : limits[j] + raise;
        }
    }
}
