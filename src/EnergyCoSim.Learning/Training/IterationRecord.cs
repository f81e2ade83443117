namespace EnergyCoSim.Learning.Training;

/// <summary>
/// One learning-curve row: episode-reward statistics overall (team return = sum over agents) and per agent,
/// plus environment metrics averaged over the iteration's episodes.
/// </summary>
public sealed record IterationRecord(
    Algorithm Algorithm,
    TrainingMode Mode,
    int Iteration,
    int Episodes,
    long AgentSteps,
    double Seconds,
    AgentRewardStats Overall,
    IReadOnlyList<AgentRewardStats> PerAgent,
    IReadOnlyDictionary<string, double> Metrics);
