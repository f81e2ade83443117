namespace EnergyCoSim.Fmi;

/// <summary>One dimension of an FMI 3 array variable: a fixed size or the structural parameter that holds it.</summary>
/// <param name="Start">Fixed size, when given.</param>
/// <param name="ValueReference">Value reference of the structural parameter giving the size, when given.</param>
public sealed record FmiDimension(ulong? Start, uint? ValueReference);
