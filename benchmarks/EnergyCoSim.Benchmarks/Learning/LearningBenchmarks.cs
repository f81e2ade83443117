using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Environments;

namespace EnergyCoSim.Benchmarks.Learning;

/// <summary>
/// PPO sampling throughput (8 episodes × 24 steps × 7 agents = 1 344 agent-steps per operation) with 1 and 2 workers,
/// and one full PPO iteration (sampling + 30 epochs of minibatch 128, MARLEM defaults) on the case-5-shaped stand-in.
/// </summary>
public class LearningBenchmarks : PpoBenchmarksBase
{
    /// <inheritdoc />
    protected override TrainingMode Mode => TrainingMode.Dtde;

    /// <inheritdoc />
    protected override IMultiAgentEnvironment CreateEnvironment() => new SyntheticMarketEnvironment();
}
