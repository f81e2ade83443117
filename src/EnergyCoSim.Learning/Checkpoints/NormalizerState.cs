namespace EnergyCoSim.Learning.Checkpoints;

/// <summary>Saved running statistics of one normaliser.</summary>
internal sealed record NormalizerState(double Count, IReadOnlyList<double> Mean, IReadOnlyList<double> Variance);
