using EnergyCoSim.Learning.Policies;
using EnergyCoSim.Learning.Tests.Toys;
using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Learning.Tests.Training;

public sealed class CheckpointTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ecs-learning-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, true);
        }
    }

    [Theory]
    [InlineData(Algorithm.Ppo, TrainingMode.Ctce)]
    [InlineData(Algorithm.Ppo, TrainingMode.Dtde)]
    public void SaveThenLoad_TrainedPolicy_GivesIdenticalActions(Algorithm algorithm, TrainingMode mode)
    {
        using var trainer = TrainerFactory.Create(Rollout.Fast(algorithm, mode, 2));
        trainer.Train(_ => new CoordinationEnvironment());
        trainer.SaveCheckpoint(_dir);
        var original = trainer.CreatePolicy();
        var loaded = TrainedPolicy.Load(_dir);
        float[] obs = [0.3f, 1f, 1.7f, 2f];
        var a = new float[8];
        var b = new float[8];
        original.ActAll(obs, a);
        loaded.ActAll(obs, b);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Resume_SameSeedOneThread_EqualsUninterruptedTraining()
    {
        var options = Rollout.Fast(Algorithm.Ppo, TrainingMode.Ctde, 4);
        using var straight = TrainerFactory.Create(options);
        var full = straight.Train(_ => new CoordinationEnvironment());

        using (var first = TrainerFactory.Create(options with { Iterations = 2 }))
        {
            first.Train(_ => new CoordinationEnvironment());
            first.SaveCheckpoint(_dir);
        }

        using var resumed = TrainerFactory.Resume(_dir, options);
        var rest = resumed.Train(_ => new CoordinationEnvironment());

        Assert.Equal(4, resumed.Iteration);
        Assert.Equal(full.LearningCurve.Select(r => r.Overall), rest.LearningCurve.Select(r => r.Overall));
        float[] obs = [0f, 3f, 1f, 3f];
        var a = new float[8];
        var b = new float[8];
        straight.CreatePolicy().ActAll(obs, a);
        resumed.CreatePolicy().ActAll(obs, b);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Train_OneOrTwoWorkers_SameLearningCurve()
    {
        var options = Rollout.Fast(Algorithm.Ppo, TrainingMode.Dtde, 2);
        using var one = TrainerFactory.Create(options);
        using var two = TrainerFactory.Create(options with { Workers = 2 });
        var a = one.Train(_ => new SellSurplusEnvironment());
        var b = two.Train(_ => new SellSurplusEnvironment());
        Assert.Equal(a.LearningCurve.Select(r => r.Overall), b.LearningCurve.Select(r => r.Overall));
    }
}
