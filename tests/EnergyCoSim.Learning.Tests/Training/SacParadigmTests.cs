using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Tests.Toys;
using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Learning.Tests.Training;

public class SacParadigmTests
{
    // Two agents, observation size 2, action size 4. Actor heads are mean and log std (2 × action dims); each actor has
    // two Q networks whose input is its critic's agents' observations and actions.
    [Theory]
    [InlineData(TrainingMode.Dtde, 2, 2, 8, 4, 6)]
    [InlineData(TrainingMode.Ctde, 2, 2, 8, 4, 12)]
    [InlineData(TrainingMode.Ctce, 1, 4, 16, 2, 12)]
    public void Networks_SacTwoAgents_HaveParadigmShapes(TrainingMode mode, int actors, int actorIn, int actorOut, int critics, int criticIn)
    {
        LearningRuntime.Initialize(1);
        var layout = ParadigmLayout.For(mode, 2);
        using var net = new ActorCritic(layout, 2, 8, -0.5, Algorithm.Sac);
        using var targets = new SacTargets(net, 2, 8);
        Assert.Equal(actors, net.Actors.Count);
        Assert.Equal(critics, net.Critics.Count);
        Assert.Equal(critics, targets.Critics.Count);
        Assert.All(net.Actors, a => Assert.Equal(actorIn, a.Layers[0].weight!.shape[1]));
        Assert.All(net.Actors, a => Assert.Equal(actorOut, a.Layers[^1].weight!.shape[0]));
        Assert.All(net.Critics, c => Assert.Equal(criticIn, c.Layers[0].weight!.shape[1]));
        Assert.All(net.Critics, c => Assert.Equal(1, c.Layers[^1].weight!.shape[0]));
        for (var c = 0; c < critics; c++)
        {
            Assert.Equal(Weights(net.Critics[c]), Weights(targets.Critics[c]));
        }
    }

    [Fact]
    public void Train_SacCtde_ChangesEveryActorCriticTemperatureAndTrailsTheTargets()
    {
        var options = SacOptions.Fast(TrainingMode.Ctde, 10);
        // A state built with the same seed holds exactly the trainer's initial weights.
        using var initial = new TrainingState(options, EnvironmentSpec.Of(new CoordinationEnvironment()));
        using var trainer = (SacTrainer)TrainerFactory.Create(options);
        trainer.Train(_ => new CoordinationEnvironment());
        var trained = trainer.State!;
        var targets = trainer.Targets!;
        Assert.True(trainer.Updates > 0);
        for (var k = 0; k < 2; k++)
        {
            Assert.NotEqual(Weights(initial.Networks.Actors[k]), Weights(trained.Networks.Actors[k]));
            Assert.NotEqual(0f, targets.LogAlpha(k).data<float>()[0]);
        }

        for (var c = 0; c < 4; c++)
        {
            // Centralised: every Q network reads both agents' observations and actions, 2 · (2 + 4) inputs.
            Assert.Equal(12, trained.Networks.Critics[c].Layers[0].weight!.shape[1]);
            Assert.NotEqual(Weights(initial.Networks.Critics[c]), Weights(trained.Networks.Critics[c]));
            // Polyak with τ < 1: the target moved away from the initial weights but not all the way to the online ones.
            Assert.NotEqual(Weights(initial.Networks.Critics[c]), Weights(targets.Critics[c]));
            Assert.NotEqual(Weights(trained.Networks.Critics[c]), Weights(targets.Critics[c]));
        }
    }

    [Fact]
    public void Train_SacNoisyPolicy_KeepsActionsInsideTheBoxes()
    {
        using var trainer = TrainerFactory.Create(SacOptions.Fast(TrainingMode.Dtde, 2));
        trainer.Train(_ => new CoordinationEnvironment());
        var policy = trainer.CreatePolicy(deterministic: false, seed: 9);
        var box = new CoordinationEnvironment().ActionBoxes[0];
        var actions = new float[8];
        for (var i = 0; i < 200; i++)
        {
            // Far outside the training data: the tanh squash still maps every sample into the box.
            float[] obs = [i * 10f, -i, 3f * i, i];
            policy.ActAll(obs, actions);
            Assert.True(box.Contains(Simulation.Spaces.AgentAction.From(actions.AsSpan(0, 4))));
            Assert.True(box.Contains(Simulation.Spaces.AgentAction.From(actions.AsSpan(4, 4))));
        }
    }

    private static float[] Weights(Mlp mlp) => mlp.Layers[0].weight!.data<float>().ToArray();
}
