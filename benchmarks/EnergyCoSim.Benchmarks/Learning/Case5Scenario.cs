using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Benchmarks.Learning;

/// <summary>The case-5 scenario the learning benchmarks train on (mixed_battery: 7 agents, 24 intervals).</summary>
internal static class Case5Scenario
{
    public static CompiledScenario Compile()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? throw new InvalidOperationException("EnergyCoSim.sln not found above " + AppContext.BaseDirectory);
        return ScenarioCompiler.Compile(ScenarioLoader.Load(Path.Combine(root, "examples", "case5-battery-coordination", "mixed_battery.yaml")));
    }
}
