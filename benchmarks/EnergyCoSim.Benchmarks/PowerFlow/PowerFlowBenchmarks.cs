using BenchmarkDotNet.Attributes;
using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Grid.PowerFlow;

namespace EnergyCoSim.Benchmarks.PowerFlow;

/// <summary>
/// Newton–Raphson on the Baran–Wu 33-bus feeder and the 1 233-bus LV system. "Warm" = GridModel step after a
/// 0.1 % load change (what the market coupling does each interval); "Flat" = same model from a flat start;
/// "EndToEnd" = compile + solve + full result object (comparable to one pandapower runpp / MATPOWER runpf).
/// </summary>
[MemoryDiagnoser]
public class PowerFlowBenchmarks
{
    private GridCase _case = null!;
    private GridModel _model = null!;
    private bool _toggle;

    [Params(BuiltInFeeders.BaranWu33, BuiltInFeeders.LvResidential)]
    public string Feeder { get; set; } = BuiltInFeeders.BaranWu33;

    [GlobalSetup]
    public void Setup()
    {
        _case = BuiltInFeeders.Load(Feeder);
        _model = new GridModel(_case);
        _model.Solve();
    }

    [Benchmark]
    public SolveOutcome NewtonWarm()
    {
        _toggle = !_toggle;
        _model.SetLoadScale(_toggle ? 1.001 : 1.0);
        return _model.Solve();
    }

    [Benchmark]
    public SolveOutcome NewtonFlat() => _model.Solve(InitialPoint.Flat);

    [Benchmark]
    public PowerFlowResult NewtonEndToEnd() => new NewtonRaphsonSolver().Solve(_case);

    [Benchmark]
    public PowerFlowResult SweepEndToEnd() => new BackwardForwardSweepSolver().Solve(_case);
}
