using BenchmarkDotNet.Attributes;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Fmi;
using EnergyCoSim.Fmi.Internal;

namespace EnergyCoSim.Benchmarks.Fmi;

/// <summary>
/// Importer overhead per co-simulation step (set 1 input, DoStep, get 3 outputs) on the Battery FMU, against the same
/// three native calls made directly through function pointers on a second instance of the same binary.
/// Needs the FMUs built first (<c>dotnet build fmus</c>, or any build of the solution).
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1063 // BenchmarkDotNet needs an unsealed class; Dispose is its GlobalCleanup.
public class FmuStepBenchmarks : IDisposable
{
    private static readonly uint[] Inputs = [6];
    private static readonly uint[] Outputs = [7, 8, 9];
    private readonly double[] _input = new double[1];
    private readonly double[] _output = new double[3];
    private Fmu _fmu = null!;
    private FmuInstance _instance = null!;
    private DirectStepper _direct = null!;
    private double _time;
    private double _directTime;
    private int _k;

    [Params(FmiVersion.Fmi2, FmiVersion.Fmi3)]
    public FmiVersion Version { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fmu = Fmu.Load(BenchmarkFmus.PathOf("Battery", Version));
        _instance = _fmu.Instantiate("imported");
        _instance.Setup(0.0, null);
        _instance.EnterInitialization();
        _instance.ExitInitialization();
        _direct = new DirectStepper(_fmu, Inputs, Outputs);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _direct.Dispose();
        _instance.Dispose();
        _fmu.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Set input, DoStep, get outputs through the importer (state machine, reference and status checks).</summary>
    [Benchmark]
    public double Importer()
    {
        // Alternating charge and discharge keeps the battery away from its limits for any number of iterations.
        _input[0] = (_k++ & 1) == 0 ? 2.0 : -2.0;
        _instance.SetReal(Inputs, _input);
        if (_instance.DoStep(_time, 1.0).Outcome != StepOutcome.Accepted)
        {
            throw new InvalidOperationException("step rejected");
        }

        _time += 1.0;
        _instance.GetReal(Outputs, _output);
        return _output[0];
    }

    /// <summary>The same three calls straight through function pointers.</summary>
    [Benchmark(Baseline = true)]
    public double Direct()
    {
        _input[0] = (_k++ & 1) == 0 ? 2.0 : -2.0;
        _direct.Step(_directTime, 1.0, _input, _output);
        _directTime += 1.0;
        return _output[0];
    }
}
#pragma warning restore CA1063
