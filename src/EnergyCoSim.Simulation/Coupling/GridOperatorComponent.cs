using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Simulation.Components;
using M = EnergyCoSim.Simulation.Components.MarketVariableNames;
using P = EnergyCoSim.Grid.Components.PowerFlowVariableNames;

namespace EnergyCoSim.Simulation.Coupling;

/// <summary>
/// The DSO's grid-constraint control as a co-simulation component. It reads the power flow's voltages and loadings
/// and the market's per-agent injections and applied limits, and returns per-agent export/import limits (kW) for the
/// market to re-clear the same interval with: agents are curtailed in order of their voltage sensitivity at the worst
/// bus (shared feeder resistance) until the linearised violation is covered, downstream agents for an overloaded branch.
/// Limits are only relaxed when every voltage is inside the dead band, so a feasible interval is a fixed point of the
/// master's iterative coupling (limit outputs = applied limits).
/// </summary>
public sealed partial class GridOperatorComponent : ICoSimComponent
{
    /// <summary>Variables per agent: p, applied export/import limit, applied fee (inputs); export/import limit, fee (outputs).</summary>
    private const int PerAgent = 7;

    private readonly ComponentLifecycle _lifecycle;
    private readonly GridOperatorOptions _options;
    private readonly GridCase _grid;
    private readonly FeederSensitivity _sensitivity;
    private readonly string[] _agents;
    private readonly int[] _agentBus;
    private readonly RealValueTable _table;
    private readonly double[] _reals;
    private readonly int _branchStart, _agentStart, _totalStart;
    private readonly double _kwToPu;

    /// <summary>Builds the controller for <paramref name="grid"/> with agents placed on buses by <paramref name="busOfAgent"/>.</summary>
    public GridOperatorComponent(string name, GridCase grid, IReadOnlyList<KeyValuePair<string, int>> busOfAgent, GridOperatorOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(busOfAgent);
        Name = name;
        _grid = grid;
        _options = options ?? GridOperatorOptions.Default;
        _lifecycle = new ComponentLifecycle(name);
        _sensitivity = new FeederSensitivity(grid);
        _agents = busOfAgent.Select(a => a.Key).ToArray();
        _agentBus = busOfAgent.Select(a => _sensitivity.IndexOf(a.Value)).ToArray();
        _kwToPu = 1.0 / (1000 * grid.BaseMva);
        var vars = new List<VariableDescription>();
        uint r = 0;
        foreach (var bus in grid.Buses)
        {
            vars.Add(RealValueTable.Real(r++, P.Bus(bus.Id, P.VPu), VariableCausality.Input, "pu", "bus voltage from the power flow", 1));
        }

        _branchStart = (int)r;
        foreach (var branch in P.BranchNames(grid))
        {
            vars.Add(RealValueTable.Real(r++, branch + "." + P.LoadingPct, VariableCausality.Input, "%", "branch loading from the power flow", 0));
        }

        _agentStart = (int)r;
        foreach (var id in _agents)
        {
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.PKw), VariableCausality.Input, "kW", "the agent's net injection", 0));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.AppliedExportLimitKw), VariableCausality.Input, "kW", "export limit the market applied", M.Unlimited));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.AppliedImportLimitKw), VariableCausality.Input, "kW", "import limit the market applied", M.Unlimited));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.AppliedNetworkFeeUsdPerMWh), VariableCausality.Input, "USD/MWh", "grid fee the market applied", 0));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.ExportLimitKw), VariableCausality.Output, "kW", "export limit for the interval (1e9 = none)", M.Unlimited));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.ImportLimitKw), VariableCausality.Output, "kW", "import limit for the interval (1e9 = none)", M.Unlimited));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.NetworkFeeUsdPerMWh), VariableCausality.Output, "USD/MWh", "grid fee on the agent's P2P trades for the interval (0 = none)", 0));
        }

        _totalStart = (int)r;
        vars.Add(RealValueTable.Real(r++, GridOperatorVariableNames.Violations, VariableCausality.Output, "1", "voltage and loading violations seen in the last sweep", 0));
        vars.Add(RealValueTable.Real(r++, GridOperatorVariableNames.CurtailmentKw, VariableCausality.Output, "kW", "reduction of agents' limits asked in the last sweep", 0));
        vars.Add(RealValueTable.Real(r++, GridOperatorVariableNames.VoltageExcessPu, VariableCausality.Output, "pu", "largest distance of a voltage outside the band", 0));
        vars.Add(RealValueTable.Real(r++, GridOperatorVariableNames.LoadingExcessPct, VariableCausality.Output, "%", "largest loading above the limit", 0));
        Description = new ComponentDescription("EnergyCoSim.GridOperator", vars, ComponentCapabilities.Full with { CanRejectStep = false });
        _table = new RealValueTable(name, vars);
        _reals = _table.Values;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public ComponentDescription Description { get; }

    /// <inheritdoc />
    public void Setup(SimulationTime startTime, SimulationTime? stopTime, TimeResolution resolution) =>
        _lifecycle.Transition("setup", ComponentLifecycleState.SetUp, ComponentLifecycleState.Instantiated);

    /// <inheritdoc />
    public void EnterInitialization() =>
        _lifecycle.Transition("enter initialization", ComponentLifecycleState.Initializing, ComponentLifecycleState.SetUp);

    /// <inheritdoc />
    public void ExitInitialization() =>
        _lifecycle.Transition("exit initialization", ComponentLifecycleState.Stepping, ComponentLifecycleState.Initializing);

    /// <inheritdoc />
    public ValueTask<StepResult> StepAsync(SimulationTime currentTime, SimulationDuration stepSize, CancellationToken cancellationToken)
    {
        _lifecycle.Require("step", ComponentLifecycleState.Stepping);
        cancellationToken.ThrowIfCancellationRequested();
        Control();
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
        _table.Set(references, values);
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
}
