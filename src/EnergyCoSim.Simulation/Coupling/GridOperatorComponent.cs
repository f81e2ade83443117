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
            vars.Add(Var(r++, P.Bus(bus.Id, P.VPu), VariableCausality.Input, "pu", "bus voltage from the power flow", 1));
        }

        _branchStart = (int)r;
        foreach (var branch in P.BranchNames(grid))
        {
            vars.Add(Var(r++, branch + "." + P.LoadingPct, VariableCausality.Input, "%", "branch loading from the power flow", 0));
        }

        _agentStart = (int)r;
        foreach (var id in _agents)
        {
            vars.Add(Var(r++, M.Agent(id, M.PKw), VariableCausality.Input, "kW", "the agent's net injection", 0));
            vars.Add(Var(r++, M.Agent(id, M.AppliedExportLimitKw), VariableCausality.Input, "kW", "export limit the market applied", M.Unlimited));
            vars.Add(Var(r++, M.Agent(id, M.AppliedImportLimitKw), VariableCausality.Input, "kW", "import limit the market applied", M.Unlimited));
            vars.Add(Var(r++, M.Agent(id, M.AppliedNetworkFeeUsdPerMWh), VariableCausality.Input, "USD/MWh", "grid fee the market applied", 0));
            vars.Add(Var(r++, M.Agent(id, M.ExportLimitKw), VariableCausality.Output, "kW", "export limit for the interval (1e9 = none)", M.Unlimited));
            vars.Add(Var(r++, M.Agent(id, M.ImportLimitKw), VariableCausality.Output, "kW", "import limit for the interval (1e9 = none)", M.Unlimited));
            vars.Add(Var(r++, M.Agent(id, M.NetworkFeeUsdPerMWh), VariableCausality.Output, "USD/MWh", "grid fee on the agent's P2P trades for the interval (0 = none)", 0));
        }

        _totalStart = (int)r;
        vars.Add(Var(r++, GridOperatorVariableNames.Violations, VariableCausality.Output, "1", "voltage and loading violations seen in the last sweep", 0));
        vars.Add(Var(r++, GridOperatorVariableNames.CurtailmentKw, VariableCausality.Output, "kW", "reduction of agents' limits asked in the last sweep", 0));
        vars.Add(Var(r++, GridOperatorVariableNames.VoltageExcessPu, VariableCausality.Output, "pu", "largest distance of a voltage outside the band", 0));
        vars.Add(Var(r++, GridOperatorVariableNames.LoadingExcessPct, VariableCausality.Output, "%", "largest loading above the limit", 0));
        Description = new ComponentDescription("EnergyCoSim.GridOperator", vars, ComponentCapabilities.Full with { CanRejectStep = false });
        _reals = vars.Select(v => v.StartReal ?? 0).ToArray();
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
    public ComponentState SaveState() => new ValuesState(Name, (double[])_reals.Clone());

    /// <inheritdoc />
    public void RestoreState(ComponentState state) => Own(state).Values.CopyTo(_reals, 0);

    /// <inheritdoc />
    public byte[] SerializeState(ComponentState state)
    {
        var values = Own(state).Values;
        var bytes = new byte[values.Length * sizeof(double)];
        for (var i = 0; i < values.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)), values[i]);
        }

        return bytes;
    }

    /// <inheritdoc />
    public ComponentState DeserializeState(ReadOnlySpan<byte> data)
    {
        if (data.Length != _reals.Length * sizeof(double))
        {
            throw new ValidationException($"{Name}.state", data.Length, $"must hold {_reals.Length} values");
        }

        var values = new double[_reals.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadDoubleLittleEndian(data[(i * sizeof(double))..]);
        }

        return new ValuesState(Name, values);
    }

    /// <inheritdoc />
    public void GetReal(ReadOnlySpan<uint> references, Span<double> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            values[i] = _reals[Check(references[i])];
        }
    }

    /// <inheritdoc />
    public void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        _lifecycle.Require("set real", ComponentLifecycleState.SetUp, ComponentLifecycleState.Initializing, ComponentLifecycleState.Stepping);
        for (var i = 0; i < references.Length; i++)
        {
            var r = Check(references[i]);
            if (Description.Variables[(int)r].Causality != VariableCausality.Input)
            {
                throw new ValidationException($"{Name}.{Description.Variables[(int)r].Name}", values[i], "is an output and cannot be set");
            }

            _reals[r] = values[i];
        }
    }

    /// <inheritdoc />
    public void GetInteger(ReadOnlySpan<uint> references, Span<long> values) => None(references);

    /// <inheritdoc />
    public void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values) => None(references);

    /// <inheritdoc />
    public void GetString(ReadOnlySpan<uint> references, Span<string> values) => None(references);

    /// <inheritdoc />
    public void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values) => None(references);

    /// <inheritdoc />
    public void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values) => None(references);

    /// <inheritdoc />
    public void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values) => None(references);

    private ValuesState Own(ComponentState state) =>
        state is ValuesState s && s.OwnerName == Name ? s : throw new ValidationException($"{Name}.state", state?.OwnerName ?? "null", "was not saved by this component");

    private uint Check(uint reference) =>
        reference < _reals.Length ? reference : throw new NotFoundException("variable reference", reference.ToString(System.Globalization.CultureInfo.InvariantCulture), $"component {Name} has {_reals.Length} Real variables");

    private void None(ReadOnlySpan<uint> references)
    {
        if (!references.IsEmpty)
        {
            throw new NotFoundException("variable reference", references[0].ToString(System.Globalization.CultureInfo.InvariantCulture), $"component {Name} has only Real variables");
        }
    }

    private static VariableDescription Var(uint r, string name, VariableCausality causality, string unit, string description, double start) =>
        new(r, name, VariableType.Real, causality, VariableVariability.Discrete, unit, description) { StartReal = start };

    private sealed class ValuesState(string owner, double[] values) : ComponentState(owner)
    {
        public double[] Values { get; } = values;
    }
}
