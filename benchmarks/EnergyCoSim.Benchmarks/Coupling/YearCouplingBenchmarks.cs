using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EnergyCoSim.Composition;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Benchmarks.Coupling;

/// <summary>
/// A year of hourly market intervals (8 760) of case 5 (mixed_battery, rule-based) coupled to the IEEE 34 feeder:
/// market → power flow → DSO control with the limits fed back iteratively (rollback and re-clearing per interval).
/// One invocation is the whole year; <c>History</c> = false also switches the hash-chain ledger off.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class YearCouplingBenchmarks
{
    private ScenarioDocument _scenario = null!;

    [Params(true, false)]
    public bool History { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(FindRoot(), "examples", "cosim-case5-ieee34", "case5_ieee34.yaml");
        var text = File.ReadAllText(path).Replace("max_steps: 24", "max_steps: 8760", StringComparison.Ordinal);
        if (!History)
        {
            text = text.Replace("blockchain_difficulty: 2", "blockchain_difficulty: 2\n  ledger: false", StringComparison.Ordinal);
        }

        _scenario = ScenarioLoader.ParseAndValidate(text, "case5_ieee34_year", Path.GetDirectoryName(path)!);
    }

    [Benchmark]
    public async Task<long> Year()
    {
        using var run = CosimScenario.Build(_scenario, environment: new EnvironmentOptions { RecordHistory = History });
        var report = await run.RunAsync().ConfigureAwait(false);
        return report.TotalIterations;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("EnergyCoSim.sln not found");
    }
}
