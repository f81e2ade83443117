using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Master.Manipulators;

/// <summary>
/// Changes component variables between steps through the write view (libcosim's manipulator). <see cref="BeforeStep"/>
/// runs after the inputs are exchanged and before the components step, once per attempt: a rolled-back attempt
/// restores the components, so the manipulator re-applies what it has not yet seen accepted.
/// </summary>
public interface IExecutionManipulator
{
    /// <summary>Before each attempt of the step starting at <paramref name="time"/>.</summary>
    void BeforeStep(SimulationTime time, IReadOnlyDictionary<string, IManipulableComponent> components);

    /// <summary>After the step is accepted (changes applied to it are now part of the run).</summary>
    void OnStepAccepted(StepReport step);

    /// <summary>After a checkpoint restore at <paramref name="time"/>: everything before it is already applied.</summary>
    void OnRestored(SimulationTime time);

    /// <summary>The first time after <paramref name="time"/> at which this manipulator acts; variable steps end there. Null = none.</summary>
    SimulationTime? NextEventAfter(SimulationTime time);
}
