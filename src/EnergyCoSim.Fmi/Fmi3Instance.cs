using System.Runtime.InteropServices;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Fmi.Internal;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Fmi;

/// <summary>An FMI 3.0 co-simulation instance, with typed (and array) access in addition to the Core component API.</summary>
public sealed unsafe partial class Fmi3Instance : FmuInstance
{
    private const int MaxEventIterations = 1000;
    private readonly Fmi3Functions _f;
    private readonly Dictionary<uint, FmiType> _types;
    private readonly bool _eventModeUsed;
    private nint _c;
    private double _startTime;
    private double? _stopTime;
    private double? _tolerance;

    internal Fmi3Instance(Fmu fmu, string name, FmuInstanceOptions options, ILogger logger, Fmi3Functions functions)
        : base(fmu, name, options, logger)
    {
        _f = functions;
        _types = ModelDescription.Variables.GroupBy(v => v.ValueReference).ToDictionary(g => g.Key, g => g.First().Type);
        _eventModeUsed = options.EventModeUsed && ModelDescription.CoSimulation.HasEventMode;
        var resources = Path.Combine(fmu.UnpackDirectory, "resources") + Path.DirectorySeparatorChar;
        var log = (nint)(delegate* unmanaged[Cdecl]<nint, int, byte*, byte*, void>)&FmiCallbacks.Fmi3LogMessage;
        fixed (byte* n = FmiCallbacks.Utf8Z(name), t = FmiCallbacks.Utf8Z(ModelDescription.InstantiationToken), r = FmiCallbacks.Utf8Z(resources))
        {
            _c = _f.fmi3InstantiateCoSimulation(n, t, r, B(options.Visible), B(options.LoggingOn), B(_eventModeUsed), B(options.EarlyReturnAllowed),
                null, 0, Environment, log, 0);
        }

        if (_c == 0)
        {
            var error = ModelError($"fmi3InstantiateCoSimulation returned NULL for {fmu.Path}");
            Dispose();
            throw error;
        }
    }

    /// <summary>True when the last step ended early (FMI 3 early return).</summary>
    public bool LastStepEndedEarly { get; private set; }

    private protected override void SetDebugLoggingCore(bool loggingOn, string[] categories)
    {
        using var names = new Utf8StringArray(categories);
        Check(_f.fmi3SetDebugLogging(_c, B(loggingOn), (nuint)names.Count, names.Pointer), "fmi3SetDebugLogging");
    }

    private protected override void SetupCore(double startTime, double? stopTime, double? tolerance)
    {
        // FMI 3 has no SetupExperiment: the values go to fmi3EnterInitializationMode.
        _startTime = startTime;
        _stopTime = stopTime;
        _tolerance = tolerance;
    }

    private protected override void EnterInitializationCore() =>
        Check(_f.fmi3EnterInitializationMode(_c, B(_tolerance is not null), _tolerance ?? 0, _startTime, B(_stopTime is not null), _stopTime ?? 0),
            "fmi3EnterInitializationMode");

    private protected override void ExitInitializationCore()
    {
        Check(_f.fmi3ExitInitializationMode(_c), "fmi3ExitInitializationMode");
        if (_eventModeUsed)
        {
            // With event mode, a co-simulation FMU leaves initialisation in event mode: settle it, then step mode.
            SettleEvents();
        }
    }

    private protected override StepResult DoStepCore(double currentTime, double stepSize)
    {
        byte eventHandlingNeeded, terminate, early;
        double last;
        var status = _f.fmi3DoStep(_c, currentTime, stepSize, 0, &eventHandlingNeeded, &terminate, &early, &last);
        LastStepEndedEarly = false;
        if (status == 2)
        {
            return Discarded("fmi3DoStep", currentTime, stepSize, last);
        }

        Check(status, "fmi3DoStep");
        if (eventHandlingNeeded != 0 && _eventModeUsed)
        {
            Check(_f.fmi3EnterEventMode(_c), "fmi3EnterEventMode");
            SettleEvents();
        }

        if (terminate != 0)
        {
            Time = last;
            return StepResult.Failed($"the FMU asked to terminate the simulation at t={last} s");
        }

        if (early != 0)
        {
            LastStepEndedEarly = true;
            return EndedEarly(currentTime, stepSize, last);
        }

        Time = currentTime + stepSize;
        return StepResult.Accepted;
    }

    private protected override void TerminateCore() => Check(_f.fmi3Terminate(_c), "fmi3Terminate");

    private protected override void ResetCore() => Check(_f.fmi3Reset(_c), "fmi3Reset");

    private protected override void FreeInstanceCore()
    {
        if (_c != 0)
        {
            _f.fmi3FreeInstance(_c);
            _c = 0;
        }
    }

    private protected override void GetDirectionalDerivativeCore(ReadOnlySpan<uint> unknowns, ReadOnlySpan<uint> knowns, ReadOnlySpan<double> seed, Span<double> sensitivity)
    {
        fixed (uint* u = unknowns, k = knowns)
        fixed (double* s = seed, d = sensitivity)
        {
            Check(_f.fmi3GetDirectionalDerivative(_c, u, (nuint)unknowns.Length, k, (nuint)knowns.Length, s, (nuint)seed.Length, d, (nuint)sensitivity.Length),
                "fmi3GetDirectionalDerivative", VariableType.Real, unknowns);
        }
    }

    private protected override nint GetStateCore()
    {
        nint state = 0;
        Check(_f.fmi3GetFMUState(_c, &state), "fmi3GetFMUState");
        return state;
    }

    private protected override void SetStateCore(nint state) => Check(_f.fmi3SetFMUState(_c, state), "fmi3SetFMUState");

    private protected override void FreeStateCore(nint state)
    {
        // Called from ComponentState.Dispose: a failure to free is not worth an exception there.
        _ = _f.fmi3FreeFMUState(_c, &state);
    }

    private protected override byte[] SerializeCore(nint state)
    {
        nuint size;
        Check(_f.fmi3SerializedFMUStateSize(_c, state, &size), "fmi3SerializedFMUStateSize");
        var data = new byte[(int)size];
        fixed (byte* p = data)
        {
            Check(_f.fmi3SerializeFMUState(_c, state, p, size), "fmi3SerializeFMUState");
        }

        return data;
    }

    private protected override nint DeserializeCore(ReadOnlySpan<byte> data)
    {
        nint state = 0;
        fixed (byte* p = data)
        {
            Check(_f.fmi3DeserializeFMUState(_c, p, (nuint)data.Length, &state), "fmi3DeserializeFMUState");
        }

        return state;
    }

    private static byte B(bool value) => value ? (byte)1 : (byte)0;

    private void SettleEvents()
    {
        byte needUpdate = 1, terminate, nominals, values, nextDefined;
        double next;
        for (var i = 0; needUpdate != 0; i++)
        {
            if (i == MaxEventIterations)
            {
                Lifecycle.Force(ComponentLifecycleState.Failed);
                throw ModelError($"fmi3UpdateDiscreteStates did not settle after {MaxEventIterations} iterations");
            }

            Check(_f.fmi3UpdateDiscreteStates(_c, &needUpdate, &terminate, &nominals, &values, &nextDefined, &next), "fmi3UpdateDiscreteStates");
        }

        Check(_f.fmi3EnterStepMode(_c), "fmi3EnterStepMode");
    }

    private FmiType TypeOf(VariableType coreType, uint reference)
    {
        if (_types.TryGetValue(reference, out var t) && ComponentMapper.CoreType(t) == coreType)
        {
            return t;
        }

        throw Unknown(coreType, reference);
    }

    private bool All(ReadOnlySpan<uint> references, VariableType coreType, FmiType type)
    {
        var all = true;
        foreach (var r in references)
        {
            all &= TypeOf(coreType, r) == type;
        }

        return all;
    }
}
