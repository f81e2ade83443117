using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Learning.Tests.Toys;

/// <summary>Small fast SAC settings for the toy tasks: one gradient step per environment step after a short warm-up.</summary>
internal static class SacOptions
{
    public static TrainerOptions Fast(TrainingMode mode, int iterations) => Rollout.Fast(Algorithm.Sac, mode, iterations) with
    {
        EpisodesPerIteration = 8,
        SacWarmupSteps = 64,
        SacUpdatesPerStep = 1,
        MinibatchSize = 64,
        SacTau = 0.02,
        MaxGradNorm = 10,
    };
}
