namespace EnergyCoSim.Master.Internal;

/// <summary>One attempt at a macro step: the sweep outcome, sweeps used and the iterative connections that did not converge.</summary>
internal readonly record struct AttemptOutcome(SweepOutcome Sweep, int Iterations, IReadOnlyList<string> NonConverged);
