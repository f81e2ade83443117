using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Grid.PowerFlow;
using N = EnergyCoSim.Grid.Components.PowerFlowVariableNames;

namespace EnergyCoSim.Grid.Components;

/// <summary>
/// The embedded power flow as a co-simulation component: inputs are per-bus injections (kW/kvar), outputs bus
/// voltages (pu), branch loadings (%), losses (kW/kvar), the voltage range and convergence. Every step solves from
/// the no-load start, so a step depends only on its inputs: rollback and checkpoints are exact by construction.
/// Non-convergence is an output (<c>converged</c> = 0), not a failure, so a coupling can react to it.
/// Each branch has an <c>in_service</c> input (1/0) so a scheduled event can take a line out; buses it cuts off
/// are de-energised (voltage 0) rather than failing the step.
/// </summary>
public sealed class PowerFlowComponent : ICoSimComponent
{
    private readonly GridCase _grid;
    private readonly PowerFlowOptions? _options;
    private readonly ComponentLifecycle _lifecycle;
    private readonly bool[] _branchInService;
    private GridModel _model;
    private readonly int[] _busIds;
    private readonly RealValueTable _table;
    private readonly Func<uint, double, string?> _reject;
    private readonly double[] _reals;
    private readonly double[] _voltages;
    private readonly double[] _loadings;
    private readonly int _branchStart, _totalStart, _inServiceStart;

    /// <summary>Compiles <paramref name="grid"/> and declares one input pair per bus and one loading per branch.</summary>
    public PowerFlowComponent(string name, GridCase grid, PowerFlowOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(grid);
        Name = name;
        _grid = grid;
        _options = options;
        _lifecycle = new ComponentLifecycle(name);
        _model = new GridModel(grid, options);
        _branchInService = grid.Branches.Select(b => b.InService).ToArray();
        _busIds = grid.Buses.Select(b => b.Id).ToArray();
        var vars = new List<VariableDescription>();
        uint r = 0;
        foreach (var id in _busIds)
        {
            vars.Add(RealValueTable.Real(r++, N.Bus(id, N.PKw), VariableCausality.Input, "kW", "net active injection (+ = into the grid)", 0));
            vars.Add(RealValueTable.Real(r++, N.Bus(id, N.QKvar), VariableCausality.Input, "kvar", "net reactive injection (+ = into the grid)", 0));
            vars.Add(RealValueTable.Real(r++, N.Bus(id, N.VPu), VariableCausality.Output, "pu", "voltage magnitude", 1));
        }

        _branchStart = (int)r;
        foreach (var branch in N.BranchNames(grid))
        {
            vars.Add(RealValueTable.Real(r++, branch + "." + N.LoadingPct, VariableCausality.Output, "%", "loading relative to the rating", 0));
        }

        _totalStart = (int)r;
        vars.Add(RealValueTable.Real(r++, N.LoadScale, VariableCausality.Input, "1", "factor on every case load", 1));
        vars.Add(RealValueTable.Real(r++, N.LossesKw, VariableCausality.Output, "kW", "active losses", 0));
        vars.Add(RealValueTable.Real(r++, N.LossesKvar, VariableCausality.Output, "kvar", "reactive losses", 0));
        vars.Add(RealValueTable.Real(r++, N.VMinPu, VariableCausality.Output, "pu", "lowest bus voltage", 1));
        vars.Add(RealValueTable.Real(r++, N.VMaxPu, VariableCausality.Output, "pu", "highest bus voltage", 1));
        vars.Add(RealValueTable.Real(r++, N.LoadingMaxPct, VariableCausality.Output, "%", "highest branch loading", 0));
        vars.Add(RealValueTable.Real(r++, N.Converged, VariableCausality.Output, "1", "1 when the last solve converged", 0));
        vars.Add(RealValueTable.Real(r++, N.Iterations, VariableCausality.Output, "1", "Newton iterations of the last solve", 0));

        // Appended last so the references above stay stable.
        _inServiceStart = (int)r;
        var names = N.BranchNames(grid);
        for (var k = 0; k < names.Count; k++)
        {
            vars.Add(RealValueTable.Real(r++, names[k] + "." + N.InService, VariableCausality.Input, "1", "1 = in service, 0 = out of service", grid.Branches[k].InService ? 1 : 0));
        }

        Description = new ComponentDescription("EnergyCoSim.PowerFlow", vars, ComponentCapabilities.Full with { CanRejectStep = false });
        _table = new RealValueTable(name, vars);
        _reject = Reject; // one delegate, not one per SetReal call
        _reals = _table.Values;
        _voltages = new double[_busIds.Length];
        _loadings = new double[grid.Branches.Count];
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public ComponentDescription Description { get; }

    /// <summary>The compiled network (read its full result with <see cref="GridModel.ToResult"/>).</summary>
    public GridModel Model => _model;

    /// <inheritdoc />
    public void Setup(SimulationTime startTime, SimulationTime? stopTime, TimeResolution resolution) =>
        _lifecycle.Transition("setup", ComponentLifecycleState.SetUp, ComponentLifecycleState.Instantiated);

    /// <inheritdoc />
    public void EnterInitialization() =>
        _lifecycle.Transition("enter initialization", ComponentLifecycleState.Initializing, ComponentLifecycleState.SetUp);

    /// <inheritdoc />
    public void ExitInitialization()
    {
        _lifecycle.Transition("exit initialization", ComponentLifecycleState.Stepping, ComponentLifecycleState.Initializing);

        // Outputs are consistent with the initial inputs before the first step (the master reads them then).
        SolveAndPublish(CancellationToken.None);
    }

    /// <inheritdoc />
    public ValueTask<StepResult> StepAsync(SimulationTime currentTime, SimulationDuration stepSize, CancellationToken cancellationToken)
    {
        _lifecycle.Require("step", ComponentLifecycleState.Stepping);
        SolveAndPublish(cancellationToken);
        return ValueTask.FromResult(StepResult.Accepted);
    }

    /// <inheritdoc />
    public void Terminate() => _lifecycle.Transition("terminate", ComponentLifecycleState.Terminated, ComponentLifecycleState.Stepping, ComponentLifecycleState.Failed);

    /// <inheritdoc />
    public void Dispose() => _lifecycle.Force(ComponentLifecycleState.Disposed);

    /// <inheritdoc />
    public ComponentState SaveState() => _table.Save();

    /// <inheritdoc />
    public void RestoreState(ComponentState state) => _table.Restore(state);

    /// <inheritdoc />
    public byte[] SerializeState(ComponentState state) => _table.Serialize(state);

    /// <inheritdoc />
    public ComponentState DeserializeState(ReadOnlySpan<byte> data) => _table.Deserialize(data);

    /// <inheritdoc />
    public void GetReal(ReadOnlySpan<uint> references, Span<double> values) => _table.Get(references, values);

    /// <inheritdoc />
    public void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        _lifecycle.Require("set real", ComponentLifecycleState.SetUp, ComponentLifecycleState.Initializing, ComponentLifecycleState.Stepping);
        _table.Set(references, values, _reject);
    }

    /// <inheritdoc />
    public void GetInteger(ReadOnlySpan<uint> references, Span<long> values) => _table.RequireNone(references);

    /// <inheritdoc />
    public void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values) => _table.RequireNone(references);

    /// <inheritdoc />
    public void GetString(ReadOnlySpan<uint> references, Span<string> values) => _table.RequireNone(references);

    /// <inheritdoc />
    public void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values) => _table.RequireNone(references);

    /// <inheritdoc />
    public void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values) => _table.RequireNone(references);

    /// <inheritdoc />
    public void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values) => _table.RequireNone(references);

    private void SolveAndPublish(CancellationToken ct)
    {
        ApplyBranchStatus();
        _model.ClearInjections();
        for (var k = 0; k < _busIds.Length; k++)
        {
            _model.SetBusInjectionKw(_busIds[k], _reals[3 * k], _reals[(3 * k) + 1]);
        }

        _model.SetLoadScale(_reals[_totalStart]);
        var outcome = _model.Solve(InitialPoint.NoLoad, ct);
        _model.CopyVoltagesPu(_voltages);
        _model.CopyBranchLoadingsPercent(_loadings);
        double lo = double.MaxValue, hi = double.MinValue;
        for (var k = 0; k < _busIds.Length; k++)
        {
            _reals[(3 * k) + 2] = _voltages[k];
            if (_voltages[k] > 0)
            {
                lo = Math.Min(lo, _voltages[k]);
                hi = Math.Max(hi, _voltages[k]);
            }
        }

        var maxLoading = 0.0;
        for (var k = 0; k < _loadings.Length; k++)
        {
            _reals[_branchStart + k] = _loadings[k];
            maxLoading = Math.Max(maxLoading, _loadings[k]);
        }

        var (pLoss, qLoss) = _model.Losses();
        var t = _totalStart;
        (_reals[t + 1], _reals[t + 2], _reals[t + 3], _reals[t + 4]) = (pLoss, qLoss, lo, hi);
        (_reals[t + 5], _reals[t + 6], _reals[t + 7]) = (maxLoading, outcome.Converged ? 1 : 0, outcome.Iterations);
    }

    // A status change alters the network's pattern (islands, merged buses), so the model is recompiled; this happens
    // only when an event toggles a branch, and a rollback that restores the inputs recompiles back.
    private void ApplyBranchStatus()
    {
        var changed = false;
        for (var k = 0; k < _branchInService.Length; k++)
        {
            var inService = _reals[_inServiceStart + k] != 0;
            changed |= inService != _branchInService[k];
            _branchInService[k] = inService;
        }

        if (!changed)
        {
            return;
        }

        var branches = _grid.Branches.Select((b, k) => b.InService == _branchInService[k] ? b : b with { InService = _branchInService[k] }).ToArray();
        var grid = new GridCase(_grid.Name, _grid.BaseMva, _grid.Buses, branches, _grid.Generators, _grid.Loads, _grid.Switches, _grid.Source);
        _model = new GridModel(grid, _options);
    }

    private string? Reject(uint reference, double value) =>
        !double.IsFinite(value) ? "must be finite"
        : reference >= _inServiceStart && value is not (0 or 1) ? "must be 0 (out of service) or 1 (in service)"
        : null;
}
