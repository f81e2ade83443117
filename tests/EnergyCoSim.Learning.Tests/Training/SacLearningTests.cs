using EnergyCoSim.Learning.Tests.Toys;
using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Learning.Tests.Training;

/// <summary>
/// SAC on the toy tasks with known optima, fixed seed and budget: the deterministic policy must close three quarters of
/// the gap between a uniform-random policy and the optimum (PPO's tests ask for half).
/// </summary>
public class SacLearningTests
{
    [Fact]
    public void Train_SacDtdeSellSurplus_ClosesThreeQuartersOfTheGapToTheOptimum()
    {
        using var trainer = TrainerFactory.Create(SacOptions.Fast(TrainingMode.Dtde, 20));
        trainer.Train(_ => new SellSurplusEnvironment());
        var env = new SellSurplusEnvironment();
        var learned = Rollout.PolicyReturn(env, trainer.CreatePolicy(), 50);
        var random = Rollout.RandomReturn(env, 50);
        const double optimum = 12.0; // 0.6 · E[s] · 4 steps, E[s] = 5
        Assert.True(learned > random + (0.75 * (optimum - random)), $"learned {learned:F3}, random {random:F3}, optimum {optimum}");
    }

    [Theory]
    [InlineData(TrainingMode.Ctde)]
    [InlineData(TrainingMode.Ctce)]
    [InlineData(TrainingMode.Dtde)]
    public void Train_SacCoordination_ClosesThreeQuartersOfTheGapToTheOptimum(TrainingMode mode)
    {
        using var trainer = TrainerFactory.Create(SacOptions.Fast(mode, 20));
        trainer.Train(_ => new CoordinationEnvironment());
        var env = new CoordinationEnvironment();
        var learned = Rollout.PolicyReturn(env, trainer.CreatePolicy(), 20);
        var random = Rollout.RandomReturn(env, 200);
        const double optimum = 8.0; // team reward 1 per step, 4 steps, counted for both agents
        Assert.True(learned > random + (0.75 * (optimum - random)), $"learned {learned:F3}, random {random:F3}, optimum {optimum}");
    }

    [Fact]
    public void Train_SacBatteryArbitrage_ClosesThreeQuartersOfTheGapToTheOptimum()
    {
        using var trainer = TrainerFactory.Create(SacOptions.Fast(TrainingMode.Dtde, 15));
        trainer.Train(_ => new BatteryArbitrageEnvironment());
        var env = new BatteryArbitrageEnvironment();
        var learned = Rollout.PolicyReturn(env, trainer.CreatePolicy(), 1);
        var random = Rollout.RandomReturn(env, 200);
        const double optimum = 9.0; // 4 · (500 − 50) · 5 kWh / 1000
        Assert.True(learned > random + (0.75 * (optimum - random)), $"learned {learned:F3}, random {random:F3}, optimum {optimum}");
    }
}
