using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master;
using EnergyCoSim.Master.Observers;
using M = EnergyCoSim.Simulation.Components.MarketVariableNames;
using O = EnergyCoSim.Simulation.Coupling.GridOperatorVariableNames;
using P = EnergyCoSim.Grid.Components.PowerFlowVariableNames;

namespace EnergyCoSim.Composition;

/// <summary>Records a <see cref="CouplingStepRecord"/> per accepted market interval of a coupled run.</summary>
public sealed class CouplingRecorder : IExecutionObserver
{
    /// <summary>Losses output of a remote solver's component (kW), when it has no <c>losses_kw</c>.</summary>
    public const string RemoteLossesKw = "total_losses_kw";

    private readonly string _market, _grid, _dso;
    private readonly List<CouplingStepRecord> _records = [];
    private uint[] _busRefs = [], _branchRefs = [], _limitedRefs = [], _feeRefs = [];
    private uint[] _gridTotals = [], _marketTotals = [], _dsoTotals = [];
    private int[] _busIds = [];
    private (double Min, double Max) _band = (0.95, 1.05);

    /// <summary>Records the components named <paramref name="market"/>, <paramref name="grid"/> and <paramref name="dso"/>.</summary>
    public CouplingRecorder(string market, string grid, string dso) => (_market, _grid, _dso) = (market, grid, dso);

    /// <summary>The records so far, one per interval.</summary>
    public IReadOnlyList<CouplingStepRecord> Records => _records;

    /// <summary>Buses left out of the worst-bus choice (the slack and PV buses, whose voltage no agent moves).</summary>
    public IReadOnlySet<int> FixedVoltageBuses { get; init; } = new HashSet<int>();

    /// <summary>Voltage band used to pick the worst bus, pu.</summary>
    public (double Min, double Max) Band { get => _band; init => _band = value; }

    /// <inheritdoc />
    public void OnInitialized(SimulationTime time, IReadOnlyList<IObservableComponent> components)
    {
        var grid = Find(components, _grid);
        var market = Find(components, _market);
        var dso = Find(components, _dso);
        var vars = grid.Description.Variables;
        _busRefs = vars.Where(v => v.Name.EndsWith("." + P.VPu, StringComparison.Ordinal)).Select(v => v.Reference).ToArray();
        _busIds = vars.Where(v => v.Name.EndsWith("." + P.VPu, StringComparison.Ordinal))
            .Select(v => int.Parse(v.Name.AsSpan(4, v.Name.Length - 4 - P.VPu.Length - 1), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        _branchRefs = vars.Where(v => v.Name.EndsWith("." + P.LoadingPct, StringComparison.Ordinal)).Select(v => v.Reference).ToArray();
        // A remote solver's component has no totals beyond losses: extremes are then taken over its buses and branches here.
        _gridTotals = grid.Description.Variables.Any(x => x.Name == P.VMinPu)
            ? [Ref(grid, P.VMinPu), Ref(grid, P.VMaxPu), Ref(grid, P.LoadingMaxPct), Ref(grid, P.LossesKw)]
            : [Ref(grid, grid.Description.Variables.Any(x => x.Name == P.LossesKw) ? P.LossesKw : RemoteLossesKw)];
        _limitedRefs = market.Description.Variables.Where(v => v.Name.EndsWith("." + M.LimitedKwh, StringComparison.Ordinal)).Select(v => v.Reference).ToArray();
        _feeRefs = market.Description.Variables.Where(v => v.Name.EndsWith("." + M.AppliedNetworkFeeUsdPerMWh, StringComparison.Ordinal)).Select(v => v.Reference).ToArray();
        _marketTotals = [Ref(market, M.ClearingPrice), Ref(market, M.P2PVolumeKwh), Ref(market, M.Interval)];
        _dsoTotals = [Ref(dso, O.Violations)];
        var done = (int)Read(market, _marketTotals)[2];
        _records.RemoveAll(r => r.Step >= done);
    }

    /// <inheritdoc />
    public void OnStepCompleted(StepReport step, IReadOnlyList<IObservableComponent> components)
    {
        var grid = Find(components, _grid);
        var market = Find(components, _market);
        var v = Read(grid, _busRefs);
        var worst = 0;
        for (var i = 1; i < v.Length; i++)
        {
            worst = Distance(i, v[i]) > Distance(worst, v[worst]) ? i : worst;
        }

        var totals = Read(grid, _gridTotals);
        var loadings = Read(grid, _branchRefs);
        if (totals.Length == 1)
        {
            // De-energised buses (voltage 0, cut off by an outage) are left out of the extremes, as the embedded power flow does.
            var live = v.Where(x => x > 0).ToArray();
            totals = v.Length == 0 ? [double.NaN, double.NaN, 0, totals[0]]
                : [live.Length > 0 ? live.Min() : double.MaxValue, live.Length > 0 ? live.Max() : double.MinValue, loadings.Length > 0 ? loadings.Max() : 0, totals[0]];
        }

        var m = Read(market, _marketTotals);
        var fees = Read(market, _feeRefs);
        _records.Add(new CouplingStepRecord(
            (int)m[2] - 1, step.Iterations, step.Converged, totals[0], totals[1], _busIds.Length > 0 ? _busIds[worst] : -1, totals[2], totals[3],
            (int)Read(Find(components, _dso), _dsoTotals)[0], Read(market, _limitedRefs).Sum(), m[0], m[1], v, loadings)
        {
            NetworkFeeUsdPerMWh = fees.Length > 0 ? fees.Max() : 0,
            FeeAgents = fees.Count(f => f > 0),
        });
    }

    private double Distance(int index, double v) =>
        v <= 0 || FixedVoltageBuses.Contains(_busIds[index]) ? double.MinValue : Math.Max(v - _band.Max, _band.Min - v);

    private static IObservableComponent Find(IReadOnlyList<IObservableComponent> components, string name) =>
        components.FirstOrDefault(c => c.Name == name) ?? throw new Core.Errors.NotFoundException("component", name, "the coupling recorder needs it");

    private static uint Ref(IObservableComponent c, string name) => c.Description.GetVariable(name).Reference;

    private static double[] Read(IObservableComponent c, uint[] refs)
    {
        var values = new double[refs.Length];
        c.GetReal(refs, values);
        return values;
    }
}
