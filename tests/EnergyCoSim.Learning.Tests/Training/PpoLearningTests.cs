using EnergyCoSim.Learning.Tests.Toys;
using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Learning.Tests.Training;

public class PpoLearningTests
{
    [Fact]
    public void Train_DtdeSellSurplus_ReachesHalfTheGapToTheOptimum()
    {
        using var trainer = TrainerFactory.Create(Rollout.Fast(Algorithm.Ppo, TrainingMode.Dtde, 40));
        trainer.Train(_ => new SellSurplusEnvironment());
        var env = new SellSurplusEnvironment();
        var learned = Rollout.PolicyReturn(env, trainer.CreatePolicy(), 50);
        var random = Rollout.RandomReturn(env, 50);
        const double optimum = 12.0; // 0.6 · E[s] · 4 steps, E[s] = 5
        Assert.True(learned > random + (0.5 * (optimum - random)), $"learned {learned:F3}, random {random:F3}, optimum {optimum}");
    }

    [Theory]
    [InlineData(TrainingMode.Ctde)]
    [InlineData(TrainingMode.Ctce)]
    [InlineData(TrainingMode.Dtde)]
    public void Train_Coordination_ReachesHalfTheGapToTheOptimum(TrainingMode mode)
    {
        using var trainer = TrainerFactory.Create(Rollout.Fast(Algorithm.Ppo, mode, 30));
        trainer.Train(_ => new CoordinationEnvironment());
        var env = new CoordinationEnvironment();
        var learned = Rollout.PolicyReturn(env, trainer.CreatePolicy(), 20);
        var random = Rollout.RandomReturn(env, 200);
        const double optimum = 8.0; // team reward 1 per step, 4 steps, counted for both agents
        Assert.True(learned > random + (0.5 * (optimum - random)), $"learned {learned:F3}, random {random:F3}, optimum {optimum}");
    }

    [Fact]
    public void Train_AppoBatteryArbitrage_ReachesHalfTheGapToTheOptimum()
    {
        var options = Rollout.Fast(Algorithm.Appo, TrainingMode.Dtde, 40) with { Workers = 2 };
        using var trainer = TrainerFactory.Create(options);
        trainer.Train(_ => new BatteryArbitrageEnvironment());
        var env = new BatteryArbitrageEnvironment();
        var learned = Rollout.PolicyReturn(env, trainer.CreatePolicy(), 1);
        var random = Rollout.RandomReturn(env, 200);
        const double optimum = 9.0;
        Assert.True(learned > random + (0.5 * (optimum - random)), $"learned {learned:F3}, random {random:F3}, optimum {optimum}");
    }
}
