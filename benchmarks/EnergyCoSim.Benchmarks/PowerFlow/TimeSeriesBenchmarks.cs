using BenchmarkDotNet.Attributes;
using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Grid.PowerFlow;

namespace EnergyCoSim.Benchmarks.PowerFlow;

/// <summary>A year of hourly snapshots (8 760 steps) on the Baran–Wu 33-bus feeder, warm starts, one symbolic LU.</summary>
[MemoryDiagnoser]
public class TimeSeriesBenchmarks
{
    private double[] _profile = [];
    private GridModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Daily and seasonal shape, 0.3..1.1 of the case load.
        _profile = Enumerable.Range(0, 8760)
            .Select(h => 0.7 + (0.25 * Math.Sin((h % 24) * Math.PI / 12)) + (0.15 * Math.Cos(h * 2 * Math.PI / 8760)))
            .ToArray();
        _model = new GridModel(BuiltInFeeders.Load(BuiltInFeeders.BaranWu33));
    }

    [Benchmark]
    public TimeSeriesStep[] Year8760Hours() => PowerFlowTimeSeries.RunLoadScaled(_model, _profile);
}
