using EnergyCoSim.Simulation.Running;

namespace EnergyCoSim.Service.Sessions;

/// <summary>The strategy half of a step, through <see cref="ScenarioRunner.Decide"/>, so a session repeats an in-process run.</summary>
public sealed partial class Session
{
    private void Decide() => ScenarioRunner.Decide(Environment, _strategy, _observations, _actions, _random, _meanUtility);
}
