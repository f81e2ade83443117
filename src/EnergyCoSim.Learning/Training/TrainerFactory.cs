using EnergyCoSim.Learning.Checkpoints;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.Learning.Training;

/// <summary>Creates trainers for the CLI's <c>train</c> command: fresh from options, or resumed from a checkpoint.</summary>
public static class TrainerFactory
{
    /// <summary>A new trainer; throws a validation exception listing every invalid option.</summary>
    public static ITrainer Create(TrainerOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        LearningRuntime.Initialize();
        var log = logger ?? NullLogger.Instance;
        return options.Algorithm == Algorithm.Sac ? new SacTrainer(options, log) : new PpoTrainer(options, log);
    }

    /// <summary>
    /// A trainer continued from the checkpoint in <paramref name="directory"/>. Only <see cref="TrainerOptions.Iterations"/> and
    /// <see cref="TrainerOptions.Workers"/> of <paramref name="budget"/> apply; everything else comes from the checkpoint.
    /// </summary>
    public static ITrainer Resume(string directory, TrainerOptions? budget = null, ILogger? logger = null)
    {
        var state = CheckpointStore.Load(directory, budget);
        var log = logger ?? NullLogger.Instance;
        if (state.Options.Algorithm == Algorithm.Sac)
        {
            var sac = new SacTrainer(state.Options, log);
            sac.Restore(state, directory);
            return sac;
        }

        var ppo = new PpoTrainer(state.Options, log);
        ppo.Restore(state, CheckpointStore.OptimizerPath(directory));
        return ppo;
    }
}
