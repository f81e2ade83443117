using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.FmuExport.Tests;

/// <summary>The in-process run of a scenario with ScenarioRunner (episode 0): the reference the FMU must reproduce.</summary>
internal static class InProcessReference
{
    public static EpisodeResult Run(ScenarioDocument scenario) =>
        ScenarioRunner.Run(ScenarioCompiler.Compile(scenario), StrategyCatalog.Create(scenario.Strategy), episodes: 1).Episodes[0];
}
