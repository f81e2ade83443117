using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Benchmarks.Learning;

/// <summary>The case-5 scenario the learning benchmarks train on (mixed_battery: 7 agents, 24 intervals).</summary>
internal static class Case5Scenario
{
    public static CompiledScenario Compile() => ScenarioCompiler.Compile(ScenarioLoader.Load(Path()));

    /// <summary>The same scenario with the hash-chain ledger off (its proof-of-work mining dominates a 7-agent step).</summary>
    public static CompiledScenario CompileWithoutLedger()
    {
        var path = Path();
        var text = File.ReadAllText(path).Replace("market:\n", "market:\n  ledger: false\n", StringComparison.Ordinal);
        return ScenarioCompiler.Compile(ScenarioLoader.ParseAndValidate(text, path, System.IO.Path.GetDirectoryName(path)!));
    }

    private static string Path()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? throw new InvalidOperationException("EnergyCoSim.sln not found above " + AppContext.BaseDirectory);
        return System.IO.Path.Combine(root, "examples", "case5-battery-coordination", "mixed_battery.yaml");
    }
}
