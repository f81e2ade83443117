using BenchmarkDotNet.Attributes;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Benchmarks.Master;

/// <summary>
/// Cost of iterative coupling with rollback: two mock components in a loop y = 1 − u that never converges, so
/// every macro step runs exactly <c>Sweeps</c> sweeps (one SaveState per component, Sweeps − 1 restores).
/// Per-sweep overhead ≈ (mean(Sweeps) − mean(1)) / (Sweeps − 1).
/// </summary>
[MemoryDiagnoser]
public class IterativeCouplingBenchmarks
{
    private Execution _execution = null!;

    [Params(1, 10)]
    public int Sweeps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _execution = new ExecutionBuilder()
            .AddComponent(MockComponents.Affine("A", -1, 1))
            .AddComponent(MockComponents.Affine("B", -1, 1))
            .Connect("A.y", "B.u", ConnectionSettings.Iterative(1e-9, Sweeps))
            .Connect("B.y", "A.u", ConnectionSettings.Iterative(1e-9, Sweeps))
            .Build(new ExecutionOptions { StopTime = new SimulationTime(long.MaxValue / 2), BaseStep = new SimulationDuration(1) });
        _execution.Initialize();
    }

    [GlobalCleanup]
    public void Cleanup() => _execution.Dispose();

    [Benchmark]
    public async ValueTask<int> Step() => (await _execution.StepAsync().ConfigureAwait(false)).Iterations;
}
