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
public sealed partial class GridOperatorComponent : RealValuesComponent
{
    /// <summary>Variables per agent: p, applied export/import limit, applied fee (inputs); export/import limit, fee (outputs).</summary>
    private const int PerAgent = 7;

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
        : base(name, "EnergyCoSim.GridOperator", Variables(grid, busOfAgent))
    {
        _grid = grid;
        _options = options ?? GridOperatorOptions.Default;
        _sensitivity = new FeederSensitivity(grid);
        _agents = busOfAgent.Select(a => a.Key).ToArray();
        _agentBus = busOfAgent.Select(a => _sensitivity.IndexOf(a.Value)).ToArray();
        _kwToPu = 1.0 / (1000 * grid.BaseMva);
        _branchStart = grid.Buses.Count;
        _agentStart = _branchStart + P.BranchNames(grid).Count;
        _totalStart = _agentStart + (PerAgent * _agents.Length);
        _reals = Values;
    }

    /// <inheritdoc />
    protected override void Compute(SimulationTime currentTime, SimulationDuration stepSize)
    {
        // The base also computes at initialisation (zero step); the control law acts on a swept interval only.
        if (stepSize.Ticks > 0)
        {
            Control();
        }
    }

    private static List<VariableDescription> Variables(GridCase grid, IReadOnlyList<KeyValuePair<string, int>> busOfAgent)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(busOfAgent);
        var vars = new List<VariableDescription>();
        uint r = 0;
        foreach (var bus in grid.Buses)
        {
            vars.Add(RealValueTable.Real(r++, P.Bus(bus.Id, P.VPu), VariableCausality.Input, "pu", "bus voltage from the power flow", 1));
        }

        foreach (var branch in P.BranchNames(grid))
        {
            vars.Add(RealValueTable.Real(r++, branch + "." + P.LoadingPct, VariableCausality.Input, "%", "branch loading from the power flow", 0));
        }

        foreach (var id in busOfAgent.Select(a => a.Key))
        {
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.PKw), VariableCausality.Input, "kW", "the agent's net injection", 0));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.AppliedExportLimitKw), VariableCausality.Input, "kW", "export limit the market applied", M.Unlimited));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.AppliedImportLimitKw), VariableCausality.Input, "kW", "import limit the market applied", M.Unlimited));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.AppliedNetworkFeeUsdPerMWh), VariableCausality.Input, "USD/MWh", "grid fee the market applied", 0));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.ExportLimitKw), VariableCausality.Output, "kW", "export limit for the interval (1e9 = none)", M.Unlimited));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.ImportLimitKw), VariableCausality.Output, "kW", "import limit for the interval (1e9 = none)", M.Unlimited));
            vars.Add(RealValueTable.Real(r++, M.Agent(id, M.NetworkFeeUsdPerMWh), VariableCausality.Output, "USD/MWh", "grid fee on the agent's P2P trades for the interval (0 = none)", 0));
        }

        vars.Add(RealValueTable.Real(r++, GridOperatorVariableNames.Violations, VariableCausality.Output, "1", "voltage and loading violations seen in the last sweep", 0));
        vars.Add(RealValueTable.Real(r++, GridOperatorVariableNames.CurtailmentKw, VariableCausality.Output, "kW", "reduction of agents' limits asked in the last sweep", 0));
        vars.Add(RealValueTable.Real(r++, GridOperatorVariableNames.VoltageExcessPu, VariableCausality.Output, "pu", "largest distance of a voltage outside the band", 0));
        vars.Add(RealValueTable.Real(r, GridOperatorVariableNames.LoadingExcessPct, VariableCausality.Output, "%", "largest loading above the limit", 0));
        return vars;
    }
}
