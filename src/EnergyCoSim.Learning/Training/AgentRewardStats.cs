namespace EnergyCoSim.Learning.Training;

/// <summary>Mean, minimum and maximum episode reward of one agent (or of the team) over an iteration's episodes.</summary>
public readonly record struct AgentRewardStats(double Mean, double Min, double Max);
