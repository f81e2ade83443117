using EnergyCoSim.Learning.Environments;
using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Environments;

namespace EnergyCoSim.Benchmarks.Learning;

/// <summary>
/// PPO on the real case-5 market (mixed_battery: 7 agents, 24 intervals): sampling 8 episodes (1 344 agent-steps,
/// market clearing included) with 1 and 2 workers, and one CTDE PPO iteration with MARLEM's defaults.
/// </summary>
public class Case5LearningBenchmarks : PpoBenchmarksBase
{
    private CompiledScenario _scenario = null!;

    /// <inheritdoc />
    protected override TrainingMode Mode => TrainingMode.Ctde;

    /// <inheritdoc />
    protected override void Prepare() => _scenario = Case5Scenario.Compile();

    /// <inheritdoc />
    protected override IMultiAgentEnvironment CreateEnvironment() => new MarketTrainingEnvironment(_scenario);
}
