using System.Runtime.InteropServices;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>
/// A second instance of an FMU's binary driven by bare function-pointer calls (set Real inputs, DoStep, get Real
/// outputs; one status comparison each): the baseline the importer's per-step overhead is measured against.
/// </summary>
internal sealed unsafe class DirectStepper : IDisposable
{
    private readonly FmiVersion _version;
    private readonly uint[] _inputs;
    private readonly uint[] _outputs;
    private readonly nint _library;
    private readonly nint _instance;
    private readonly delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int> _fmi2SetReal;
    private readonly delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int> _fmi2GetReal;
    private readonly delegate* unmanaged[Cdecl]<nint, double, double, int, int> _fmi2DoStep;
    private readonly delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int> _fmi3SetFloat64;
    private readonly delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int> _fmi3GetFloat64;
    private readonly delegate* unmanaged[Cdecl]<nint, double, double, byte, byte*, byte*, byte*, double*, int> _fmi3DoStep;
    private Fmi2CallbackFunctions* _callbacks;

    /// <summary>Instantiates and initialises a raw instance of <paramref name="fmu"/>'s binary.</summary>
    public DirectStepper(Fmu fmu, uint[] inputs, uint[] outputs)
    {
        _version = fmu.ModelDescription.Version;
        _inputs = inputs;
        _outputs = outputs;
        var id = fmu.ModelDescription.CoSimulation.ModelIdentifier;
        _library = NativeLibrary.Load(Path.Combine(fmu.UnpackDirectory, "binaries", NativeFmuLibrary.PlatformFolder(_version), id + NativeFmuLibrary.Extension));
        fixed (byte* name = FmiCallbacks.Utf8Z("direct"), token = FmiCallbacks.Utf8Z(fmu.ModelDescription.InstantiationToken))
        {
            if (_version == FmiVersion.Fmi2)
            {
                _callbacks = (Fmi2CallbackFunctions*)NativeMemory.AllocZeroed((nuint)sizeof(Fmi2CallbackFunctions));
                _callbacks->logger = &FmiCallbacks.Fmi2Logger;
                _callbacks->allocateMemory = &FmiCallbacks.AllocateMemory;
                _callbacks->freeMemory = &FmiCallbacks.FreeMemory;
                _instance = ((delegate* unmanaged[Cdecl]<byte*, int, byte*, byte*, Fmi2CallbackFunctions*, int, int, nint>)Export("fmi2Instantiate"))(
                    name, 1, token, null, _callbacks, 0, 0);
                Require(((delegate* unmanaged[Cdecl]<nint, int, double, double, int, double, int>)Export("fmi2SetupExperiment"))(_instance, 0, 0, 0, 0, 0));
                Require(((delegate* unmanaged[Cdecl]<nint, int>)Export("fmi2EnterInitializationMode"))(_instance));
                Require(((delegate* unmanaged[Cdecl]<nint, int>)Export("fmi2ExitInitializationMode"))(_instance));
                _fmi2SetReal = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int>)Export("fmi2SetReal");
                _fmi2GetReal = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int>)Export("fmi2GetReal");
                _fmi2DoStep = (delegate* unmanaged[Cdecl]<nint, double, double, int, int>)Export("fmi2DoStep");
            }
            else
            {
                _instance = ((delegate* unmanaged[Cdecl]<byte*, byte*, byte*, byte, byte, byte, byte, uint*, nuint, nint, nint, nint, nint>)
                    Export("fmi3InstantiateCoSimulation"))(name, token, null, 0, 0, 0, 0, null, 0, 0, 0, 0);
                Require(((delegate* unmanaged[Cdecl]<nint, byte, double, double, byte, double, int>)Export("fmi3EnterInitializationMode"))(_instance, 0, 0, 0, 0, 0));
                Require(((delegate* unmanaged[Cdecl]<nint, int>)Export("fmi3ExitInitializationMode"))(_instance));
                _fmi3SetFloat64 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int>)Export("fmi3SetFloat64");
                _fmi3GetFloat64 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int>)Export("fmi3GetFloat64");
                _fmi3DoStep = (delegate* unmanaged[Cdecl]<nint, double, double, byte, byte*, byte*, byte*, double*, int>)Export("fmi3DoStep");
            }
        }
    }

    /// <summary>Sets the inputs, steps from <paramref name="time"/> by <paramref name="step"/>, reads the outputs.</summary>
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

    /// <inheritdoc />
    public void Dispose()
    {
        ((delegate* unmanaged[Cdecl]<nint, void>)Export(_version == FmiVersion.Fmi2 ? "fmi2FreeInstance" : "fmi3FreeInstance"))(_instance);
        NativeMemory.Free(_callbacks);
        _callbacks = null;
        NativeLibrary.Free(_library);
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
