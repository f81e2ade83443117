using EnergyCoSim.Learning.Tests.Toys;
using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Tests.Training;

public class TrainedPolicyTests
{
    [Theory]
    [InlineData(TrainingMode.Dtde)]
    [InlineData(TrainingMode.Ctde)]
    [InlineData(TrainingMode.Ctce)]
    public void Act_EachAgentInOrder_EqualsJointActionInsideTheBoxes(TrainingMode mode)
    {
        using var trainer = TrainerFactory.Create(Rollout.Fast(Algorithm.Ppo, mode, 1));
        trainer.Train(_ => new CoordinationEnvironment());
        var policy = trainer.CreatePolicy();
        float[] obs = [0f, 2f, 1f, 2f];
        var joint = new float[8];
        policy.ActAll(obs, joint);
        var single = new float[8];
        // CTCE acts on the latest observation of every agent: after one pass over the agents it has seen them all.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < 2; i++)
            {
                policy.Act(i, obs.AsSpan(i * 2, 2), single.AsSpan(i * 4, 4));
            }
        }

        Assert.Equal(joint, single);
        var box = new CoordinationEnvironment().ActionBoxes[0];
        Assert.True(box.Contains(AgentAction.From(joint.AsSpan(0, 4))));
        Assert.True(box.Contains(AgentAction.From(joint.AsSpan(4, 4))));
    }

    [Fact]
    public void CreatePolicy_Sampled_DiffersFromDeterministicButIsSeeded()
    {
        using var trainer = TrainerFactory.Create(Rollout.Fast(Algorithm.Ppo, TrainingMode.Dtde, 1));
        trainer.Train(_ => new SellSurplusEnvironment());
        float[] obs = [5f, 0f];
        var a = new float[4];
        var b = new float[4];
        var c = new float[4];
        trainer.CreatePolicy(deterministic: false, seed: 5).ActAll(obs, a);
        trainer.CreatePolicy(deterministic: false, seed: 5).ActAll(obs, b);
        trainer.CreatePolicy().ActAll(obs, c);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
