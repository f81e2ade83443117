using BenchmarkDotNet.Attributes;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Benchmarks.Simulation;

/// <summary>
/// The README's main job without the console: load and validate the six case-5 scenarios, run one episode each
/// with zero-intelligence agents (ledger on, as in the study) and write the run directory.
/// </summary>
[MemoryDiagnoser]
public class Case5RunBenchmarks
{
    private string _folder = string.Empty;
    private string _output = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        _folder = Path.Combine(dir?.FullName ?? ".", "examples", "case5-battery-coordination");
        _output = Path.Combine(Path.GetTempPath(), "energycosim-bench-case5");
    }

    [Benchmark(Description = "case 5: six scenarios, one episode each, results written")]
    public int RunCase5()
    {
        var results = ScenarioLoader.LoadAll(_folder)
            .AsParallel().AsOrdered()
            .Select(d => ScenarioRunner.Run(ScenarioCompiler.Compile(d), new ZeroIntelligenceStrategy()))
            .ToArray();
        RunDirectoryWriter.Write(_output, results, "bench");
        return results.Length;
    }
}
