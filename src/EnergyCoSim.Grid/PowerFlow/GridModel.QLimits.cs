using System.Globalization;
using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Reactive-limit enforcement: PV buses whose generators pass a limit become PQ buses held at it.</summary>
public sealed partial class GridModel
{
    private const int MaxLimitRounds = 10;

    private void InitialiseQLimits(GridCase grid)
    {
        Array.Fill(_qMax, double.PositiveInfinity);
        Array.Fill(_qMin, double.NegativeInfinity);
        var seen = new bool[_net.BusCount];
        foreach (var g in grid.Generators.Where(g => g.InService))
        {
            var i = _net.CaseToInternal[_caseIndex[g.Bus]];
            if (i < 0 || _baseTypes[i] != BusType.PV)
            {
                continue;
            }

            double hi = (g.QMaxMvar ?? double.PositiveInfinity) / _net.BaseMva, lo = (g.QMinMvar ?? double.NegativeInfinity) / _net.BaseMva;
            (_qMax[i], _qMin[i]) = seen[i] ? (_qMax[i] + hi, _qMin[i] + lo) : (hi, lo);
            seen[i] = true;
        }
    }

    private void ResetBusTypes()
    {
        for (var i = 0; i < _net.BusCount; i++)
        {
            if (_net.Types[i] != _baseTypes[i] && _baseTypes[i] == BusType.PV)
            {
                _kernel.Vm[i] = _net.VSet[i];
            }

            _net.Types[i] = _baseTypes[i];
            _atLimit[i] = 0;
        }
    }

    private SolveOutcome EnforceQLimits(SolveOutcome outcome, CancellationToken cancellationToken)
    {
        var total = outcome.Iterations;
        for (var round = 0; round < MaxLimitRounds && outcome.Converged; round++)
        {
            var switched = false;
            for (var i = 0; i < _net.BusCount; i++)
            {
                if (_net.Types[i] != BusType.PV)
                {
                    continue;
                }

                var v = _kernel.Vm[i];
                var qGen = _kernel.QCalc[i] - _kernel.QSpec[i] + (_net.QLoadI[i] * v) + (_net.QLoadZ[i] * v * v);
                var limit = qGen > _qMax[i] ? _qMax[i] : qGen < _qMin[i] ? _qMin[i] : double.NaN;
                if (double.IsNaN(limit))
                {
                    continue;
                }

                _net.Types[i] = BusType.PQ;
                _kernel.QSpec[i] += limit;
                _atLimit[i] = limit == _qMax[i] ? 1 : -1;
                PowerFlowLog.PvToPq(_logger, Case.Name, Case.Buses[_net.InternalToCase[i]].Id);
                switched = true;
            }

            if (!switched)
            {
                break;
            }

            outcome = _kernel.Iterate(Options.ToStopCriteria(), cancellationToken);
            total += outcome.Iterations;
        }

        return outcome with { Iterations = total };
    }

    private IEnumerable<PowerFlowDiagnostic> QLimitDiagnostics()
    {
        for (var i = 0; i < _net.BusCount; i++)
        {
            if (_atLimit[i] != 0)
            {
                var id = Case.Buses[_net.InternalToCase[i]].Id;
                var q = (_atLimit[i] > 0 ? _qMax[i] : _qMin[i]) * _net.BaseMva;
                yield return new PowerFlowDiagnostic(DiagnosticSeverity.Info, "pv-to-pq",
                    string.Create(CultureInfo.InvariantCulture, $"bus {id}: generator reactive output held at its {(_atLimit[i] > 0 ? "upper" : "lower")} limit {q:G6} MVAr; the bus was switched from PV to PQ"));
            }
        }
    }
}
