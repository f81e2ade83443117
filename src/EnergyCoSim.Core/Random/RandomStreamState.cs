namespace EnergyCoSim.Core.Random;

/// <summary>The complete state of a <see cref="RandomStream"/> (xoshiro256** words), for checkpoints and rollback.</summary>
public readonly record struct RandomStreamState(ulong S0, ulong S1, ulong S2, ulong S3);
