using System.Globalization;
using BenchmarkDotNet.Attributes;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Benchmarks.Master;

/// <summary>
/// Master overhead of one macro step: 10 trivial components in a ring, each passing <c>Connections/10</c> Real
/// values to the next (the closing bundle time-shifted so Gauss–Seidel can order the ring). The components do no
/// work, so the time is the master's: input gather + batched SetReal, step dispatch, batched GetReal, report.
/// Per-connection overhead = mean / Connections.
/// </summary>
[MemoryDiagnoser]
public class MasterStepOverheadBenchmarks
{
    private const int ComponentCount = 10;
    private Execution _execution = null!;

    [Params(10, 100, 1000)]
    public int Connections { get; set; }

    [Params(MasterAlgorithm.Jacobi, MasterAlgorithm.GaussSeidel)]
    public MasterAlgorithm Algorithm { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var width = Connections / ComponentCount;
        var builder = new ExecutionBuilder();
        for (var i = 0; i < ComponentCount; i++)
        {
            builder.AddComponent(MockComponents.Trivial(Name(i), width));
        }

        for (var i = 0; i < ComponentCount; i++)
        {
            var next = (i + 1) % ComponentCount;
            var settings = next == 0 ? ConnectionSettings.TimeShifted : ConnectionSettings.Direct;
            for (var k = 0; k < width; k++)
            {
                var v = k.ToString(CultureInfo.InvariantCulture);
                builder.Connect($"{Name(i)}.y{v}", $"{Name(next)}.u{v}", settings);
            }
        }

        _execution = builder.Build(new ExecutionOptions
        {
            StopTime = new SimulationTime(long.MaxValue / 2),
            BaseStep = new SimulationDuration(1),
            Algorithm = Algorithm,
        });
        _execution.Initialize();
    }

    [GlobalCleanup]
    public void Cleanup() => _execution.Dispose();

    [Benchmark]
    public async ValueTask<long> Step() => (await _execution.StepAsync().ConfigureAwait(false)).StepNumber;

    private static string Name(int i) => "C" + i.ToString(CultureInfo.InvariantCulture);
}
