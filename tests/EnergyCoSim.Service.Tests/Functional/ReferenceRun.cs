using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>The in-process run of a shipped example: the known answer for the over-gRPC run.</summary>
internal static class ReferenceRun
{
    public const string Case5 = "case5-battery-coordination/mixed_battery";

    public static EpisodeResult Episode(string example)
    {
        var doc = ScenarioLoader.Load(Path.Combine(ServiceFixture.ExamplesDirectory, example + ".yaml"));
        var compiled = ScenarioCompiler.Compile(doc);
        return ScenarioRunner.Run(compiled, StrategyCatalog.Create(doc.Strategy), episodes: 1).Episodes[0];
    }
}
