namespace EnergyCoSim.Learning.Training;

/// <summary>Progress after one training iteration, for a progress bar.</summary>
public sealed record TrainingProgress(int Iteration, int Iterations, double MeanEpisodeReward, double AgentStepsPerSecond);
