using BenchmarkDotNet.Attributes;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Fmi;
using EnergyCoSim.FmuExport;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Spaces;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Benchmarks.FmuExport;

/// <summary>
/// Cost of the exported market FMU's boundary per communication step on case 5 (7 agents): set the 14 inputs, do a
/// step, get the 77 Real outputs. A step of size 0 clears no interval, so <c>BoundaryDirect</c> and
/// <c>BoundaryImporter</c> are the boundary alone; <c>MarketStepInProcess</c> is the market step it adds to
/// (decide + clear one interval, the in-process reference); an FMU market step costs their sum.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1063 // BenchmarkDotNet needs an unsealed class; Dispose is its GlobalCleanup.
public class FmuBoundaryBenchmarks : IDisposable
{
    private Fmu _fmu = null!;
    private FmuInstance _instance = null!;
    private MarketDirectStepper _direct = null!;
    private double[] _inputs = [];
    private double[] _outputs = [];
    private uint[] _inputRefs = [];
    private uint[] _outputRefs = [];
    private LocalEnergyMarketEnvironment _env = null!;
    private IAgentStrategy _strategy = null!;
    private RandomStream[] _random = [];
    private float[] _obs = [];
    private float[] _actions = [];
    private double[] _rewards = [];

    [Params(FmiVersion.Fmi2, FmiVersion.Fmi3)]
    public FmiVersion Version { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (path, scenario) = ExportedMarketFmu.Pack(Version);
        var layout = MarketVariableLayout.FromScenario(scenario);
        _inputRefs = layout.Variables.Where(v => v.Causality == "input").Select(v => v.ValueReference).ToArray();
        _outputRefs = layout.Variables.Where(v => v.Causality == "output" && v.Type == FmuScalarType.Real).Select(v => v.ValueReference).ToArray();
        _inputs = Enumerable.Repeat(-1.0, _inputRefs.Length).ToArray();
        _outputs = new double[_outputRefs.Length];
        _fmu = Fmu.Load(path);
        _instance = _fmu.Instantiate("imported");
        _instance.Setup(0.0, null);
        _instance.EnterInitialization();
        _instance.ExitInitialization();
        _direct = new MarketDirectStepper(_fmu, _inputRefs, _outputRefs);

        var compiled = ScenarioCompiler.Compile(scenario);
        _env = new LocalEnergyMarketEnvironment(compiled);
        var n = _env.AgentIds.Count;
        _obs = new float[n * _env.ObservationSize];
        _actions = new float[n * ActionBox.Size];
        _rewards = new double[n];
        _strategy = StrategyCatalog.Create(scenario.Strategy);
        _random = _env.AgentIds.Select(id => compiled.Streams.For("strategy", id, 0)).ToArray();
        _env.Reset(0, _obs);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _direct.Dispose();
        _instance.Dispose();
        _fmu.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Set inputs, DoStep (h = 0), get outputs straight through the C function pointers.</summary>
    [Benchmark(Baseline = true)]
    public double BoundaryDirect()
    {
        _direct.Step(0, 0, _inputs, _outputs);
        return _outputs[0];
    }

    /// <summary>The same through the project's importer (state machine, reference and status checks).</summary>
    [Benchmark]
    public double BoundaryImporter()
    {
        _instance.SetReal(_inputRefs, _inputs);
        _instance.DoStep(0, 0);
        _instance.GetReal(_outputRefs, _outputs);
        return _outputs[0];
    }

    /// <summary>One market interval in process (decide + clear), restarting the episode when it ends.</summary>
    [Benchmark]
    public double MarketStepInProcess()
    {
        if (_env.IsDone)
        {
            _env.Reset(0, _obs);
        }

        ScenarioRunner.Decide(_env, _strategy, _obs, _actions, _random, 100);
        _env.Step(_actions, _obs, _rewards);
        return _rewards[0];
    }
}
#pragma warning restore CA1063
