using EnergyCoSim.Learning.Policies;
using EnergyCoSim.Learning.Tests.Toys;
using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Learning.Tests.Training;

public sealed class SacCheckpointTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ecs-sac-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, true);
        }
    }

    [Theory]
    [InlineData(TrainingMode.Ctce)]
    [InlineData(TrainingMode.Ctde)]
    [InlineData(TrainingMode.Dtde)]
    public void SaveThenLoad_SacPolicy_GivesIdenticalActions(TrainingMode mode)
    {
        using var trainer = TrainerFactory.Create(SacOptions.Fast(mode, 3));
        trainer.Train(_ => new CoordinationEnvironment());
        trainer.SaveCheckpoint(_dir);
        float[] obs = [0.3f, 1f, 1.7f, 2f];
        var a = new float[8];
        var b = new float[8];
        var c = new float[8];
        var d = new float[8];
        trainer.CreatePolicy().ActAll(obs, a);
        TrainedPolicy.Load(_dir).ActAll(obs, b);
        trainer.CreatePolicy(deterministic: false, seed: 4).ActAll(obs, c);
        TrainedPolicy.Load(_dir, deterministic: false, seed: 4).ActAll(obs, d);
        Assert.Equal(a, b);
        Assert.Equal(c, d);
    }

    [Fact]
    public void Resume_SacWithReplayInCheckpoint_EqualsUninterruptedTraining()
    {
        var options = SacOptions.Fast(TrainingMode.Ctde, 6) with { SacCheckpointReplay = true };
        using var straight = TrainerFactory.Create(options);
        var full = straight.Train(_ => new CoordinationEnvironment());

        using (var first = TrainerFactory.Create(options with { Iterations = 3 }))
        {
            first.Train(_ => new CoordinationEnvironment());
            first.SaveCheckpoint(_dir);
        }

        Assert.True(File.Exists(Path.Combine(_dir, "replay.bin")));
        using var resumed = TrainerFactory.Resume(_dir, options);
        var rest = resumed.Train(_ => new CoordinationEnvironment());

        Assert.Equal(6, resumed.Iteration);
        Assert.Equal(full.LearningCurve.Select(r => r.Overall), rest.LearningCurve.Select(r => r.Overall));
        float[] obs = [0f, 3f, 1f, 3f];
        var a = new float[8];
        var b = new float[8];
        straight.CreatePolicy().ActAll(obs, a);
        resumed.CreatePolicy().ActAll(obs, b);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Resume_SacReplayFree_WarmsUpAgainBeforeUpdating()
    {
        // 8 episodes × 4 steps = 32 transitions per iteration; warm-up 64 needs two iterations of fresh samples.
        var options = SacOptions.Fast(TrainingMode.Dtde, 3);
        using (var first = TrainerFactory.Create(options))
        {
            first.Train(_ => new SellSurplusEnvironment());
            Assert.Equal(2 * 32, ((SacTrainer)first).Updates);
            first.SaveCheckpoint(_dir);
        }

        Assert.False(File.Exists(Path.Combine(_dir, "replay.bin")));
        using var resumed = (SacTrainer)TrainerFactory.Resume(_dir, options with { Iterations = 5 });
        var result = resumed.Train(_ => new SellSurplusEnvironment());
        Assert.Equal(5, result.LearningCurve.Count);
        Assert.Equal(32, resumed.Updates);
    }
}
