using System.Runtime.InteropServices;
using EnergyCoSim.Fmi;

namespace EnergyCoSim.Benchmarks.FmuExport;

/// <summary>
/// Set inputs, do step, get outputs straight through the exported C functions of an unpacked market FMU (Fmi's
/// DirectStepper passes no resource location, which this FMU needs for its scenario).
/// </summary>
internal sealed unsafe class MarketDirectStepper : IDisposable
{
    private readonly FmiVersion _version;
    private readonly nint _library;
    private readonly nint _instance;
    private readonly uint[] _inputs;
    private readonly uint[] _outputs;
    private readonly delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int> _fmi2SetReal;
    private readonly delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int> _fmi2GetReal;
    private readonly delegate* unmanaged[Cdecl]<nint, double, double, int, int> _fmi2DoStep;
    private readonly delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int> _fmi3SetFloat64;
    private readonly delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int> _fmi3GetFloat64;
    private readonly delegate* unmanaged[Cdecl]<nint, double, double, byte, byte*, byte*, byte*, double*, int> _fmi3DoStep;
    private readonly nint _callbacks;

    public MarketDirectStepper(Fmu fmu, uint[] inputs, uint[] outputs)
    {
        (_version, _inputs, _outputs) = (fmu.ModelDescription.Version, inputs, outputs);
        var platform = _version == FmiVersion.Fmi2 ? "linux64" : "x86_64-linux";
        _library = NativeLibrary.Load(Path.Combine(fmu.UnpackDirectory, "binaries", platform, fmu.ModelDescription.CoSimulation.ModelIdentifier + ".so"));
        var resources = Path.Combine(fmu.UnpackDirectory, "resources");
        var name = Marshal.StringToCoTaskMemUTF8("direct");
        var token = Marshal.StringToCoTaskMemUTF8(fmu.ModelDescription.InstantiationToken);
        var location = Marshal.StringToCoTaskMemUTF8(_version == FmiVersion.Fmi2 ? new Uri(resources).AbsoluteUri : resources);
        _callbacks = Marshal.AllocHGlobal(5 * sizeof(nint));
        new Span<nint>((void*)_callbacks, 5).Clear();
        try
        {
            if (_version == FmiVersion.Fmi2)
            {
                _instance = ((delegate* unmanaged[Cdecl]<byte*, int, byte*, byte*, nint, int, int, nint>)Export("fmi2Instantiate"))((byte*)name, 1, (byte*)token, (byte*)location, _callbacks, 0, 0);
                Require(((delegate* unmanaged[Cdecl]<nint, int, double, double, int, double, int>)Export("fmi2SetupExperiment"))(_instance, 0, 0, 0, 0, 0));
                Require(((delegate* unmanaged[Cdecl]<nint, int>)Export("fmi2EnterInitializationMode"))(_instance));
                Require(((delegate* unmanaged[Cdecl]<nint, int>)Export("fmi2ExitInitializationMode"))(_instance));
                _fmi2SetReal = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int>)Export("fmi2SetReal");
                _fmi2GetReal = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int>)Export("fmi2GetReal");
                _fmi2DoStep = (delegate* unmanaged[Cdecl]<nint, double, double, int, int>)Export("fmi2DoStep");
            }
            else
            {
                _instance = ((delegate* unmanaged[Cdecl]<byte*, byte*, byte*, byte, byte, byte, byte, uint*, nuint, nint, nint, nint, nint>)Export("fmi3InstantiateCoSimulation"))(
                    (byte*)name, (byte*)token, (byte*)location, 0, 0, 0, 0, null, 0, 0, 0, 0);
                Require(((delegate* unmanaged[Cdecl]<nint, byte, double, double, byte, double, int>)Export("fmi3EnterInitializationMode"))(_instance, 0, 0, 0, 0, 0));
                Require(((delegate* unmanaged[Cdecl]<nint, int>)Export("fmi3ExitInitializationMode"))(_instance));
                _fmi3SetFloat64 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int>)Export("fmi3SetFloat64");
                _fmi3GetFloat64 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int>)Export("fmi3GetFloat64");
                _fmi3DoStep = (delegate* unmanaged[Cdecl]<nint, double, double, byte, byte*, byte*, byte*, double*, int>)Export("fmi3DoStep");
            }
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
            Marshal.FreeCoTaskMem(token);
            Marshal.FreeCoTaskMem(location);
        }
    }

    public void Step(double time, double step, ReadOnlySpan<double> inputs, Span<double> outputs)
    {
        fixed (uint* i = _inputs, o = _outputs)
        fixed (double* iv = inputs, ov = outputs)
        {
            int s1, s2, s3;
            if (_version == FmiVersion.Fmi2)
            {
                s1 = _fmi2SetReal(_instance, i, (nuint)_inputs.Length, iv);
                s2 = _fmi2DoStep(_instance, time, step, 0);
                s3 = _fmi2GetReal(_instance, o, (nuint)_outputs.Length, ov);
            }
            else
            {
                byte a, b, c;
                double last;
                s1 = _fmi3SetFloat64(_instance, i, (nuint)_inputs.Length, iv, (nuint)_inputs.Length);
                s2 = _fmi3DoStep(_instance, time, step, 0, &a, &b, &c, &last);
                s3 = _fmi3GetFloat64(_instance, o, (nuint)_outputs.Length, ov, (nuint)_outputs.Length);
            }

            Require(s1 | s2 | s3);
        }
    }

    public void Dispose()
    {
        ((delegate* unmanaged[Cdecl]<nint, void>)Export(_version == FmiVersion.Fmi2 ? "fmi2FreeInstance" : "fmi3FreeInstance"))(_instance);
        Marshal.FreeHGlobal(_callbacks);
    }

    private static void Require(int status)
    {
        if (status != 0)
        {
            throw new InvalidOperationException($"direct FMI call returned status {status}");
        }
    }

    private nint Export(string name) => NativeLibrary.GetExport(_library, name);
}
