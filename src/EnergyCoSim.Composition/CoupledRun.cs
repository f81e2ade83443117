using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Grid.Components;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Master;
using EnergyCoSim.Simulation.Components;
using EnergyCoSim.Simulation.Coupling;

namespace EnergyCoSim.Composition;

/// <summary>A built market–grid coupled execution with its components and per-interval recorder; owns the execution.</summary>
public sealed class CoupledRun : IDisposable
{
    private readonly PowerFlowComponent? _grid;

    internal CoupledRun(Execution execution, MarketComponent market, PowerFlowComponent? grid, ICoSimComponent gridComponent, GridOperatorComponent dso, CouplingRecorder recorder, IReadOnlyDictionary<string, int> busOfAgent, GridCase feeder)
    {
        (Execution, Market, _grid, GridComponent, Dso, Recorder, BusOfAgent, Feeder) = (execution, market, grid, gridComponent, dso, recorder, busOfAgent, feeder);
    }

    /// <summary>The master execution (run it, checkpoint it).</summary>
    public Execution Execution { get; }

    /// <summary>The market component.</summary>
    public MarketComponent Market { get; }

    /// <summary>The embedded power-flow component; throws when a remote solver computes the power flow (use <see cref="GridComponent"/>).</summary>
    public PowerFlowComponent Grid => _grid ?? throw new InvalidStateException("coupled run", "read the embedded power flow", "remote solver", "embedded solver (cosim.power_flow.solver: embedded)");

    /// <summary>True when the power flow is solved by a remote GridSolver.</summary>
    public bool IsRemoteGrid => _grid is null;

    /// <summary>The grid component in the execution: <see cref="Grid"/> or the remote solver's component.</summary>
    public ICoSimComponent GridComponent { get; }

    /// <summary>The coupled feeder (loads scaled), buses in case order.</summary>
    public GridCase Feeder { get; }

    /// <summary>The DSO's grid-constraint control.</summary>
    public GridOperatorComponent Dso { get; }

    /// <summary>Per-interval records (voltages, loadings, losses, violations, curtailment, iterations).</summary>
    public CouplingRecorder Recorder { get; }

    /// <summary>Feeder bus of every agent.</summary>
    public IReadOnlyDictionary<string, int> BusOfAgent { get; }

    /// <summary>Runs to the stop time and returns the master's report.</summary>
    public ValueTask<ExecutionReport> RunAsync(CancellationToken cancellationToken = default) => Execution.RunAsync(cancellationToken);

    /// <inheritdoc />
    public void Dispose() => Execution.Dispose();
}
