using EnergyCoSim.Grid.Components;
using EnergyCoSim.Master;
using EnergyCoSim.Simulation.Components;
using EnergyCoSim.Simulation.Coupling;

namespace EnergyCoSim.Composition;

/// <summary>A built market–grid coupled execution with its components and per-interval recorder; owns the execution.</summary>
public sealed class CoupledRun : IDisposable
{
    internal CoupledRun(Execution execution, MarketComponent market, PowerFlowComponent grid, GridOperatorComponent dso, CouplingRecorder recorder, IReadOnlyDictionary<string, int> busOfAgent)
    {
        (Execution, Market, Grid, Dso, Recorder, BusOfAgent) = (execution, market, grid, dso, recorder, busOfAgent);
    }

    /// <summary>The master execution (run it, checkpoint it).</summary>
    public Execution Execution { get; }

    /// <summary>The market component.</summary>
    public MarketComponent Market { get; }

    /// <summary>The power-flow component.</summary>
    public PowerFlowComponent Grid { get; }

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
