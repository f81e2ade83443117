using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Learning.Training;

/// <summary>
/// Everything a training run needs. Defaults are MARLEM's (spec §8.6): PPO lr 1e-5, γ 0.99, λ 0.95, 30 epochs,
/// minibatch 128, entropy 0.01, clip 0.2, grad clip 0.5. Call <see cref="Validate"/> (trainers do) to get every problem at once.
/// </summary>
public sealed record TrainerOptions
{
    /// <summary>The algorithm.</summary>
    public Algorithm Algorithm { get; init; } = Algorithm.Ppo;

    /// <summary>The paradigm.</summary>
    public TrainingMode Mode { get; init; } = TrainingMode.Dtde;

    /// <summary>Training iterations.</summary>
    public int Iterations { get; init; } = 100;

    /// <summary>Sampling workers (threads, one environment instance per concurrent episode each).</summary>
    public int Workers { get; init; } = 1;

    /// <summary>Seed of every stream: network initialisation, sampling noise, minibatch shuffling.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Complete episodes sampled per iteration (split over the workers).</summary>
    public int EpisodesPerIteration { get; init; } = 8;

    /// <summary>Hidden width of every network (MARLEM's embeddings_dim).</summary>
    public int HiddenSize { get; init; } = 128;

    /// <summary>Learning rate of policy and value networks (PPO/APPO; SAC actors, twin Q networks and temperatures).</summary>
    public double LearningRate { get; init; } = 1e-5;

    /// <summary>Discount factor γ.</summary>
    public double Gamma { get; init; } = 0.99;

    /// <summary>GAE λ (PPO) or V-trace λ (APPO).</summary>
    public double Lambda { get; init; } = 0.95;

    /// <summary>Passes over the iteration's samples (PPO/APPO).</summary>
    public int Epochs { get; init; } = 30;

    /// <summary>Minibatch size in time steps (PPO/APPO) or transitions (SAC).</summary>
    public int MinibatchSize { get; init; } = 128;

    /// <summary>Entropy bonus coefficient (PPO/APPO).</summary>
    public double EntropyCoefficient { get; init; } = 0.01;

    /// <summary>PPO clip range ε.</summary>
    public double ClipRange { get; init; } = 0.2;

    /// <summary>Value loss coefficient.</summary>
    public double ValueCoefficient { get; init; } = 0.5;

    /// <summary>Maximum gradient norm per network.</summary>
    public double MaxGradNorm { get; init; } = 0.5;

    /// <summary>Initial log standard deviation of the Gaussian policies (in the normalised [-1, 1] action space).</summary>
    public double InitialLogStd { get; init; } = -0.5;

    /// <summary>Normalise observations with running mean and variance per agent.</summary>
    public bool NormalizeObservations { get; init; } = true;

    /// <summary>Divide rewards by their running standard deviation per agent.</summary>
    public bool ScaleRewards { get; init; } = true;

    /// <summary>V-trace truncation ρ̄ and c̄ (APPO).</summary>
    public double VTraceClip { get; init; } = 1.0;

    /// <summary>SAC replay capacity in transitions (MARLEM keeps 1 000 episodes, which are 24 000 transitions of case 5's 24-interval days).</summary>
    public int ReplayCapacity { get; init; } = 24_000;

    /// <summary>SAC gradient steps per sampled environment step.</summary>
    public double SacUpdatesPerStep { get; init; } = 0.25;

    /// <summary>SAC Polyak factor τ of the target networks.</summary>
    public double SacTau { get; init; } = 0.005;

    /// <summary>SAC transitions collected before the first update.</summary>
    public int SacWarmupSteps { get; init; } = 256;

    /// <summary>
    /// SAC: also write the replay buffer into checkpoints (<c>replay.bin</c>), so a resumed run equals an uninterrupted
    /// one. Off by default: the buffer can be large, and a resumed run then refills it (warm-up) before updating again.
    /// </summary>
    public bool SacCheckpointReplay { get; init; }

    /// <summary>Throws a <see cref="Core.Errors.ValidationException"/> naming every invalid value.</summary>
    public void Validate()
    {
        var v = new ViolationCollector();
        v.InRange("iterations", Iterations, 1, int.MaxValue);
        v.InRange("workers", Workers, 1, 256);
        v.InRange("episodes_per_iteration", EpisodesPerIteration, 1, 1_000_000);
        v.InRange("hidden_size", HiddenSize, 1, 65_536);
        v.GreaterThan("learning_rate", LearningRate, 0);
        v.InRange("gamma", Gamma, 0, 1);
        v.InRange("lambda", Lambda, 0, 1);
        v.InRange("epochs", Epochs, 1, 10_000);
        v.InRange("minibatch_size", MinibatchSize, 1, int.MaxValue);
        v.AtLeast("entropy_coefficient", EntropyCoefficient, 0);
        v.GreaterThan("clip_range", ClipRange, 0);
        v.AtLeast("value_coefficient", ValueCoefficient, 0);
        v.GreaterThan("max_grad_norm", MaxGradNorm, 0);
        v.InRange("initial_log_std", InitialLogStd, -10, 2);
        v.GreaterThan("vtrace_clip", VTraceClip, 0);
        v.InRange("replay_capacity", ReplayCapacity, 1, 10_000_000);
        v.GreaterThan("sac_updates_per_step", SacUpdatesPerStep, 0);
        v.InRange("sac_tau", SacTau, 0, 1);
        v.InRange("sac_warmup_steps", SacWarmupSteps, 0, int.MaxValue);
        v.Require(Enum.IsDefined(Algorithm), "algorithm", Algorithm, "must be ppo, appo or sac");
        v.Require(Enum.IsDefined(Mode), "mode", Mode, "must be ctce, ctde or dtde");
        v.ThrowIfAny("TrainerOptions");
    }
}
