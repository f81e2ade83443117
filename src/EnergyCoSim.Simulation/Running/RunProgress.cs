namespace EnergyCoSim.Simulation.Running;

/// <summary>Progress of one scenario run: steps done out of the total, and the reward so far.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="StepsDone">Steps completed over all episodes.</param>
/// <param name="TotalSteps">Episodes × max_steps.</param>
/// <param name="Episode">Episode in progress.</param>
/// <param name="EpisodeReward">Σ rewards of the episode so far.</param>
public readonly record struct RunProgress(string Scenario, int StepsDone, int TotalSteps, int Episode, double EpisodeReward);
