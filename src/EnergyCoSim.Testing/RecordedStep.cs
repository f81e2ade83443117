using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Testing;

/// <summary>One component step as seen by a <see cref="StepRecorder"/>: who stepped, from when, how far, with which inputs.</summary>
/// <param name="Component">Instance name of the component.</param>
/// <param name="Time">Start of the step.</param>
/// <param name="StepSize">Requested step size.</param>
/// <param name="Inputs">Real input values at the start of the step, by variable name.</param>
public sealed record RecordedStep(string Component, SimulationTime Time, SimulationDuration StepSize, IReadOnlyDictionary<string, double> Inputs)
{
    /// <inheritdoc />
    public override string ToString() => $"{Component}@{Time.Ticks}+{StepSize.Ticks}";
}
