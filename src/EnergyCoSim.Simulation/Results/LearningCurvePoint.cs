namespace EnergyCoSim.Simulation.Results;

/// <summary>One training iteration of one algorithm and training mode: episode reward statistics over the iteration.</summary>
/// <param name="Algorithm">Algorithm name (ppo, sac, …).</param>
/// <param name="Mode">Training mode (ctce, ctde, dtde).</param>
/// <param name="Iteration">Zero-based training iteration.</param>
/// <param name="MeanReward">Mean episode reward of the iteration.</param>
/// <param name="MinReward">Lowest episode reward of the iteration.</param>
/// <param name="MaxReward">Highest episode reward of the iteration.</param>
public sealed record LearningCurvePoint(string Algorithm, string Mode, int Iteration, double MeanReward, double MinReward, double MaxReward);
