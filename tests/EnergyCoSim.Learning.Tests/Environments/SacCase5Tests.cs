using EnergyCoSim.Learning.Environments;
using EnergyCoSim.Learning.Native;
using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Tests.Environments;

public class SacCase5Tests
{
    [Theory]
    [InlineData(TrainingMode.Ctde)]
    [InlineData(TrainingMode.Ctce)]
    [InlineData(TrainingMode.Dtde)]
    public void Train_SacOnCase5MixedBattery_RunsUpdatesAndActsInsideEveryBox(TrainingMode mode)
    {
        LearningRuntime.Initialize(1);
        var compiled = ScenarioCompiler.Compile(ScenarioLoader.Load(Case5("mixed_battery.yaml")));
        // Two episodes of 24 intervals per iteration (48 joint transitions); warm-up after the first iteration.
        var options = new TrainerOptions
        {
            Algorithm = Algorithm.Sac,
            Mode = mode,
            Iterations = 3,
            EpisodesPerIteration = 2,
            HiddenSize = 32,
            LearningRate = 3e-4,
            MinibatchSize = 32,
            SacWarmupSteps = 48,
            SacUpdatesPerStep = 0.25,
        };
        var unguarded = LibTorchGuard.Unguarded;
        using var trainer = (SacTrainer)TrainerFactory.Create(options);
        var result = trainer.Train(_ => new MarketTrainingEnvironment(compiled));

        // Every update stayed inside its no-GC region (the 64 MB budget covers a case-5 update).
        Assert.Equal(unguarded, LibTorchGuard.Unguarded);
        Assert.Equal(3, result.LearningCurve.Count);
        Assert.Equal(7, result.AgentIds.Count);
        Assert.Equal(3 * 12, trainer.Updates);
        Assert.All(result.LearningCurve, r => Assert.True(double.IsFinite(r.Overall.Mean)));
        var env = new MarketTrainingEnvironment(compiled);
        var obs = new float[7 * env.ObservationSize];
        var actions = new float[7 * ActionBox.Size];
        env.Reset(99, obs);
        trainer.CreatePolicy().ActAll(obs, actions);
        for (var i = 0; i < 7; i++)
        {
            Assert.True(env.ActionBoxes[i].Contains(AgentAction.From(actions.AsSpan(i * ActionBox.Size, ActionBox.Size))), env.AgentIds[i]);
        }
    }

    private static string Case5(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("EnergyCoSim.sln not found"), "examples", "case5-battery-coordination", file);
    }
}
