using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Tests.Support;

namespace EnergyCoSim.Simulation.Tests.Environments;

public sealed class StrategyRollbackTests
{
    [Fact]
    public void Restore_Case5WithItsStochasticStrategy_RepeatsTheRestOfTheEpisodeBitForBitFromEveryStep()
    {
        // Case 5 with zero-intelligence decisions (seeded per-agent streams, saved and restored with the snapshot).
        // Before the topology kept its running congestion sum, restoring at step 3 changed a reward at step 7 by one ulp.
        var document = ScenarioLoader.Load(TestScenarios.Case5("strategic_battery"));
        var compiled = ScenarioCompiler.Compile(document);
        var env = new LocalEnergyMarketEnvironment(compiled);
        var strategy = StrategyCatalog.Create(document.Strategy);
        var n = env.AgentIds.Count;
        var obs = new float[n * env.ObservationSize];
        var actions = new float[n * ActionBox.Size];
        var rewards = new double[n];
        for (var k = 0; k < env.MaxSteps; k++)
        {
            env.Reset(0, obs);
            var random = env.AgentIds.Select(id => compiled.Streams.For("strategy", id, 0)).ToArray();
            var meanUtility = Enumerable.Range(0, env.MaxSteps).Average(t => env.Dso.UtilityPrice(t).Value);
            Run(k);
            var snapshot = env.Snapshot();
            var streams = random.Select(r => r.State).ToArray();
            var first = Run(env.MaxSteps);
            var firstRecords = env.AgentHistory.ToArray();

            env.Restore(snapshot, obs);
            for (var i = 0; i < n; i++)
            {
                random[i] = new RandomStream(streams[i]);
            }

            Assert.Equal(first, Run(env.MaxSteps));
            Assert.Equal(firstRecords, env.AgentHistory.ToArray());

            List<double> Run(int until)
            {
                var all = new List<double>();
                while (env.CurrentStep < until)
                {
                    ScenarioRunner.Decide(env, strategy, obs, actions, random, meanUtility);
                    env.Step(actions, obs, rewards);
                    all.AddRange(rewards);
                }

                return all;
            }
        }
    }
}
