using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Tests.Toys;
using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Learning.Tests.Training;

public class ParadigmTests
{
    [Theory]
    [InlineData(TrainingMode.Dtde, 2, 2, 2, 2, 4, 1)]
    [InlineData(TrainingMode.Ctde, 2, 2, 4, 1, 4, 2)]
    [InlineData(TrainingMode.Ctce, 1, 4, 4, 1, 8, 1)]
    public void Networks_TwoAgentsObservationSizeTwo_HaveParadigmShapes(TrainingMode mode, int actors, int actorIn, int criticIn, int critics, int actorOut, int criticOut)
    {
        LearningRuntime.Initialize(1);
        var layout = ParadigmLayout.For(mode, 2);
        using var net = new ActorCritic(layout, 2, 8, -0.5, Algorithm.Ppo);
        Assert.Equal(actors, net.Actors.Count);
        Assert.Equal(critics, net.Critics.Count);
        Assert.All(net.Actors, a => Assert.Equal(actorIn, a.Layers[0].weight!.shape[1]));
        Assert.All(net.Actors, a => Assert.Equal(actorOut, a.Layers[^1].weight!.shape[0]));
        Assert.All(net.Critics, c => Assert.Equal(criticIn, c.Layers[0].weight!.shape[1]));
        Assert.All(net.Critics, c => Assert.Equal(criticOut, c.Layers[^1].weight!.shape[0]));
    }

    [Fact]
    public void Train_Ctde_ChangesEveryDecentralisedActorAndTheCentralCritic()
    {
        var options = Rollout.Fast(Algorithm.Ppo, TrainingMode.Ctde, 2);
        // A state built with the same seed holds exactly the trainer's initial weights.
        using var initial = new TrainingState(options, EnvironmentSpec.Of(new CoordinationEnvironment()));
        using var trainer = (PpoTrainer)TrainerFactory.Create(options);
        trainer.Train(_ => new CoordinationEnvironment());
        var trained = trainer.State!;
        for (var k = 0; k < 2; k++)
        {
            Assert.NotEqual(Weights(initial.Networks.Actors[k]), Weights(trained.Networks.Actors[k]));
        }

        Assert.Equal(Weights(initial.Networks.Actors[0]).Length, 2 * options.HiddenSize);
        Assert.Equal(4, trained.Networks.Critics[0].Layers[0].weight!.shape[1]);
        Assert.NotEqual(Weights(initial.Networks.Critics[0]), Weights(trained.Networks.Critics[0]));
    }

    private static float[] Weights(Mlp mlp) => mlp.Layers[0].weight!.data<float>().ToArray();
}
