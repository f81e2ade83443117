namespace EnergyCoSim.Fmi;

/// <summary>One entry of the model structure: a variable and what it depends on.</summary>
/// <param name="ValueReference">The unknown's value reference (FMI 2 indices are resolved to references).</param>
/// <param name="Dependencies">Value references it depends on; null when the FMU declares no dependency information.</param>
/// <param name="DependenciesKind">The dependency kinds as declared (<c>dependent</c>, <c>constant</c>, ...), parallel to <paramref name="Dependencies"/>.</param>
public sealed record FmiUnknown(uint ValueReference, IReadOnlyList<uint>? Dependencies, IReadOnlyList<string>? DependenciesKind);
