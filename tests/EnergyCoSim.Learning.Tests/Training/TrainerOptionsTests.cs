using EnergyCoSim.Core.Errors;
using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Learning.Tests.Training;

public class TrainerOptionsTests
{
    [Fact]
    public void Defaults_AreMarlemPpoSettings()
    {
        var o = new TrainerOptions();
        Assert.Equal((1e-5, 0.99, 0.95, 30, 128, 0.01, 0.2, 0.5), (o.LearningRate, o.Gamma, o.Lambda, o.Epochs, o.MinibatchSize, o.EntropyCoefficient, o.ClipRange, o.MaxGradNorm));
    }

    [Fact]
    public void Create_SeveralInvalidValues_ListsEveryProblem()
    {
        var ex = Assert.Throws<ValidationException>(() => TrainerFactory.Create(new TrainerOptions { Iterations = 0, Gamma = 1.5, LearningRate = -1 }));
        Assert.Equal(["iterations", "learning_rate", "gamma"], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Format_LearningCurve_HasOverallPerAgentAndMetricColumns()
    {
        var record = new IterationRecord(Algorithm.Ppo, TrainingMode.Ctde, 1, 2, 8, 0.5, new AgentRewardStats(1, 0, 2), [new AgentRewardStats(0.5, 0, 1)],
            new Dictionary<string, double> { ["clearing_price"] = 120 });
        var csv = LearningCurveCsv.Format(new TrainingResult(Algorithm.Ppo, TrainingMode.Ctde, ["a"], ["clearing_price"], [record]));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("algorithm,mode,iteration,episodes,agent_steps,seconds,reward_mean,reward_min,reward_max,a_reward_mean,a_reward_min,a_reward_max,clearing_price", lines[0].Trim());
        Assert.Equal("ppo,ctde,1,2,8,0.5,1,0,2,0.5,0,1,120", lines[1].Trim());
    }
}
