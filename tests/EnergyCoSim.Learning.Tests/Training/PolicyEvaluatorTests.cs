using EnergyCoSim.Learning.Evaluation;
using EnergyCoSim.Learning.Tests.Toys;

namespace EnergyCoSim.Learning.Tests.Training;

public class PolicyEvaluatorTests
{
    [Fact]
    public void Compare_OptimalAndIdleBatteries_TabulatesKnownReturns()
    {
        var env = new BatteryArbitrageEnvironment();
        var step = 0;
        var contenders = new Dictionary<string, JointActor>
        {
            // Charge 5 kWh at low prices, discharge 5 kWh at high prices: the known optimum 9 per episode.
            ["optimal"] = (obs, a) => { a[0] = 100; a[1] = 5; a[2] = obs[0] < 0.5f ? 1 : 0; a[3] = 0; step++; },
            ["idle"] = (_, a) => { a[0] = 100; a[1] = 0; a[2] = 0; a[3] = 0; },
        };
        var results = PolicyEvaluator.Compare(env, contenders, 3);
        Assert.Equal(["optimal", "idle"], results.Select(r => r.Contender));
        Assert.Equal(9.0, results[0].Overall.Mean, 9);
        Assert.Equal(0.0, results[1].Overall.Mean, 9);
        Assert.Equal(3 * BatteryArbitrageEnvironment.Steps, step);
    }
}
