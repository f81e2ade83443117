using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Master.Observers;

/// <summary>
/// Watches an execution through read-only component views (libcosim's observer). Called on the master's thread
/// after initialisation and after every accepted macro step; never during a step.
/// </summary>
public interface IExecutionObserver
{
    /// <summary>After initialisation (or a checkpoint restore), at <paramref name="time"/>.</summary>
    void OnInitialized(SimulationTime time, IReadOnlyList<IObservableComponent> components);

    /// <summary>After an accepted macro step; outputs now hold their values at <see cref="StepReport.EndTime"/>.</summary>
    void OnStepCompleted(StepReport step, IReadOnlyList<IObservableComponent> components);
}
