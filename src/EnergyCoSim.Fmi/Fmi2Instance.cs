using System.Runtime.InteropServices;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Fmi.Internal;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Fmi;

/// <summary>An FMI 2.0 co-simulation instance.</summary>
public sealed unsafe class Fmi2Instance : FmuInstance
{
    private const int Fmi2CoSimulation = 1;
    private const int Fmi2LastSuccessfulTime = 2;
    private readonly Fmi2Functions _f;
    private Fmi2CallbackFunctions* _callbacks;
    private nint _c;

    internal Fmi2Instance(Fmu fmu, string name, FmuInstanceOptions options, ILogger logger, Fmi2Functions functions)
        : base(fmu, name, options, logger)
    {
        _f = functions;
        _callbacks = (Fmi2CallbackFunctions*)NativeMemory.AllocZeroed((nuint)sizeof(Fmi2CallbackFunctions));
        _callbacks->logger = &FmiCallbacks.Fmi2Logger;
        _callbacks->allocateMemory = &FmiCallbacks.AllocateMemory;
        _callbacks->freeMemory = &FmiCallbacks.FreeMemory;
        _callbacks->stepFinished = &FmiCallbacks.StepFinished;
        _callbacks->componentEnvironment = Environment;
        var resources = new Uri(Path.Combine(fmu.UnpackDirectory, "resources") + "/").AbsoluteUri;
        fixed (byte* n = FmiCallbacks.Utf8Z(name), g = FmiCallbacks.Utf8Z(ModelDescription.InstantiationToken), r = FmiCallbacks.Utf8Z(resources))
        {
            _c = _f.fmi2Instantiate(n, Fmi2CoSimulation, g, r, _callbacks, options.Visible ? 1 : 0, options.LoggingOn ? 1 : 0);
        }

        if (_c == 0)
        {
            var error = ModelError($"fmi2Instantiate returned NULL for {fmu.Path}");
            Dispose();
            throw error;
        }
    }

    private protected override void SetDebugLoggingCore(bool loggingOn, string[] categories)
    {
        using var names = new Utf8StringArray(categories);
        Check(_f.fmi2SetDebugLogging(_c, loggingOn ? 1 : 0, (nuint)names.Count, names.Pointer), "fmi2SetDebugLogging");
    }

    private protected override void SetupCore(double startTime, double? stopTime, double? tolerance) =>
        Check(_f.fmi2SetupExperiment(_c, tolerance is null ? 0 : 1, tolerance ?? 0, startTime, stopTime is null ? 0 : 1, stopTime ?? 0), "fmi2SetupExperiment");

    private protected override void EnterInitializationCore() => Check(_f.fmi2EnterInitializationMode(_c), "fmi2EnterInitializationMode");

    private protected override void ExitInitializationCore() => Check(_f.fmi2ExitInitializationMode(_c), "fmi2ExitInitializationMode");

    private protected override StepResult DoStepCore(double currentTime, double stepSize)
    {
        var status = _f.fmi2DoStep(_c, currentTime, stepSize, 0);
        if (status <= 1)
        {
            Check(status, "fmi2DoStep");
            Time = currentTime + stepSize;
            return StepResult.Accepted;
        }

        if (status == 2)
        {
            double last;
            var known = _f.fmi2GetRealStatus(_c, Fmi2LastSuccessfulTime, &last) == 0;
            return Discarded("fmi2DoStep", currentTime, stepSize, known ? last : null);
        }

        if (status == 5)
        {
            Lifecycle.Force(ComponentLifecycleState.Failed);
            throw ModelError("fmi2DoStep returned fmi2Pending although asynchronous stepping was not requested");
        }

        Check(status, "fmi2DoStep");
        return StepResult.Failed("fmi2DoStep failed");
    }

    private protected override void TerminateCore() => Check(_f.fmi2Terminate(_c), "fmi2Terminate");

    private protected override void ResetCore() => Check(_f.fmi2Reset(_c), "fmi2Reset");

    private protected override void FreeInstanceCore()
    {
        if (_c != 0)
        {
            _f.fmi2FreeInstance(_c);
            _c = 0;
        }

        NativeMemory.Free(_callbacks);
        _callbacks = null;
    }

    private protected override void SetRealCore(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        RequireKnown(VariableType.Real, references);
        fixed (uint* vr = references)
        fixed (double* v = values)
        {
            Check(_f.fmi2SetReal(_c, vr, (nuint)references.Length, v), "fmi2SetReal", VariableType.Real, references);
        }
    }

    private protected override void SetIntegerCore(ReadOnlySpan<uint> references, ReadOnlySpan<long> values)
    {
        RequireKnown(VariableType.Integer, references);
        Span<int> buffer = references.Length <= 64 ? stackalloc int[references.Length] : new int[references.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is < int.MinValue or > int.MaxValue)
            {
                throw new ValidationException($"{Name}.{references[i]}", values[i], "is outside the 32-bit range of an FMI 2 Integer");
            }

            buffer[i] = (int)values[i];
        }

        fixed (uint* vr = references)
        fixed (int* v = buffer)
        {
            Check(_f.fmi2SetInteger(_c, vr, (nuint)references.Length, v), "fmi2SetInteger", VariableType.Integer, references);
        }
    }

    private protected override void SetBooleanCore(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values)
    {
        RequireKnown(VariableType.Boolean, references);
        Span<int> buffer = references.Length <= 64 ? stackalloc int[references.Length] : new int[references.Length];
        for (var i = 0; i < values.Length; i++)
        {
            buffer[i] = values[i] ? 1 : 0;
        }

        fixed (uint* vr = references)
        fixed (int* v = buffer)
        {
            Check(_f.fmi2SetBoolean(_c, vr, (nuint)references.Length, v), "fmi2SetBoolean", VariableType.Boolean, references);
        }
    }

    private protected override void SetStringCore(ReadOnlySpan<uint> references, ReadOnlySpan<string> values)
    {
        RequireKnown(VariableType.String, references);
        var handles = new GCHandle[values.Length];
        var pointers = new nint[values.Length];
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                handles[i] = GCHandle.Alloc(FmiCallbacks.Utf8Z(values[i]), GCHandleType.Pinned);
                pointers[i] = handles[i].AddrOfPinnedObject();
            }

            fixed (uint* vr = references)
            fixed (nint* v = pointers)
            {
                Check(_f.fmi2SetString(_c, vr, (nuint)references.Length, (byte**)v), "fmi2SetString", VariableType.String, references);
            }
        }
        finally
        {
            foreach (var h in handles)
            {
                if (h.IsAllocated)
                {
                    h.Free();
                }
            }
        }
    }

    private protected override void GetRealCore(ReadOnlySpan<uint> references, Span<double> values)
    {
        RequireKnown(VariableType.Real, references);
        fixed (uint* vr = references)
        fixed (double* v = values)
        {
            Check(_f.fmi2GetReal(_c, vr, (nuint)references.Length, v), "fmi2GetReal", VariableType.Real, references);
        }
    }

    private protected override void GetIntegerCore(ReadOnlySpan<uint> references, Span<long> values)
    {
        RequireKnown(VariableType.Integer, references);
        Span<int> buffer = references.Length <= 64 ? stackalloc int[references.Length] : new int[references.Length];
        fixed (uint* vr = references)
        fixed (int* v = buffer)
        {
            Check(_f.fmi2GetInteger(_c, vr, (nuint)references.Length, v), "fmi2GetInteger", VariableType.Integer, references);
        }

        for (var i = 0; i < buffer.Length; i++)
        {
            values[i] = buffer[i];
        }
    }

    private protected override void GetBooleanCore(ReadOnlySpan<uint> references, Span<bool> values)
    {
        RequireKnown(VariableType.Boolean, references);
        Span<int> buffer = references.Length <= 64 ? stackalloc int[references.Length] : new int[references.Length];
        fixed (uint* vr = references)
        fixed (int* v = buffer)
        {
            Check(_f.fmi2GetBoolean(_c, vr, (nuint)references.Length, v), "fmi2GetBoolean", VariableType.Boolean, references);
        }

        for (var i = 0; i < buffer.Length; i++)
        {
            values[i] = buffer[i] != 0;
        }
    }

    private protected override void GetStringCore(ReadOnlySpan<uint> references, Span<string> values)
    {
        RequireKnown(VariableType.String, references);
        var buffer = new nint[references.Length];
        fixed (uint* vr = references)
        fixed (nint* v = buffer)
        {
            Check(_f.fmi2GetString(_c, vr, (nuint)references.Length, (byte**)v), "fmi2GetString", VariableType.String, references);
        }

        // The FMU owns the returned strings only until its next call, so they are copied now.
        for (var i = 0; i < buffer.Length; i++)
        {
            values[i] = FmiCallbacks.Utf8((byte*)buffer[i]);
        }
    }

    private protected override void GetDirectionalDerivativeCore(ReadOnlySpan<uint> unknowns, ReadOnlySpan<uint> knowns, ReadOnlySpan<double> seed, Span<double> sensitivity)
    {
        fixed (uint* u = unknowns, k = knowns)
        fixed (double* s = seed, d = sensitivity)
        {
            Check(_f.fmi2GetDirectionalDerivative(_c, u, (nuint)unknowns.Length, k, (nuint)knowns.Length, s, d), "fmi2GetDirectionalDerivative",
                VariableType.Real, unknowns);
        }
    }

    private protected override nint GetStateCore()
    {
        nint state = 0;
        Check(_f.fmi2GetFMUstate(_c, &state), "fmi2GetFMUstate");
        return state;
    }

    private protected override void SetStateCore(nint state) => Check(_f.fmi2SetFMUstate(_c, state), "fmi2SetFMUstate");

    private protected override void FreeStateCore(nint state)
    {
        // Called from ComponentState.Dispose: a failure to free is not worth an exception there.
        _ = _f.fmi2FreeFMUstate(_c, &state);
    }

    private protected override byte[] SerializeCore(nint state)
    {
        nuint size;
        Check(_f.fmi2SerializedFMUstateSize(_c, state, &size), "fmi2SerializedFMUstateSize");
        var data = new byte[(int)size];
        fixed (byte* p = data)
        {
            Check(_f.fmi2SerializeFMUstate(_c, state, p, size), "fmi2SerializeFMUstate");
        }

        return data;
    }

    private protected override nint DeserializeCore(ReadOnlySpan<byte> data)
    {
        nint state = 0;
        fixed (byte* p = data)
        {
            Check(_f.fmi2DeSerializeFMUstate(_c, p, (nuint)data.Length, &state), "fmi2DeSerializeFMUstate");
        }

        return state;
    }
}
