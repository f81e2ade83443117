using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Master.Internal;

/// <summary>How one sweep over the due components ended; for a rejection or failure, the first component at fault.</summary>
internal readonly record struct SweepOutcome(StepOutcome Outcome, int Component, string? Message, Exception? Error, SimulationTime? LastReached)
{
    public static SweepOutcome Accepted => new(StepOutcome.Accepted, -1, null, null, null);
}
