namespace EnergyCoSim.Learning.Training;

/// <summary>The learning curve of a run (all iterations so far, including those before a resume) and its shape.</summary>
public sealed record TrainingResult(
    Algorithm Algorithm,
    TrainingMode Mode,
    IReadOnlyList<string> AgentIds,
    IReadOnlyList<string> MetricNames,
    IReadOnlyList<IterationRecord> LearningCurve);
