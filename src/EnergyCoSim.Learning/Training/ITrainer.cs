using EnergyCoSim.Learning.Policies;
using EnergyCoSim.Simulation.Environments;

namespace EnergyCoSim.Learning.Training;

/// <summary>A training run: trains until <see cref="TrainerOptions.Iterations"/>, saves and resumes checkpoints, exports its policy.</summary>
public interface ITrainer : IDisposable
{
    /// <summary>The options in force.</summary>
    TrainerOptions Options { get; }

    /// <summary>Completed iterations.</summary>
    int Iteration { get; }

    /// <summary>
    /// Trains from the current iteration up to <see cref="TrainerOptions.Iterations"/>. <paramref name="environmentFactory"/>
    /// gets an instance index (0, 1, …) and must return a new environment each call; all must share one shape.
    /// </summary>
    TrainingResult Train(Func<int, IMultiAgentEnvironment> environmentFactory, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Writes networks, optimiser state, normaliser statistics, iteration and learning curve to <paramref name="directory"/>.</summary>
    void SaveCheckpoint(string directory);

    /// <summary>The current policy for inference (deterministic means, or sampled with <paramref name="seed"/>).</summary>
    TrainedPolicy CreatePolicy(bool deterministic = true, ulong seed = 0);
}
