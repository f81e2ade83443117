using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <summary>
/// The FMI 3.0 co-simulation C API (lifecycle and stepping). As for FMI 2, no exception crosses the boundary:
/// each becomes fmi3Error (3) with its message sent to the master's log callback.
/// </summary>
internal static unsafe partial class Fmi3Exports
{
    private const int Ok = ExportGuard.Ok, Error = ExportGuard.Error;

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetVersion", CallConvs = [typeof(CallConvCdecl)])]
    public static byte* GetVersion() => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference("3.0\0"u8));

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetDebugLogging", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetDebugLogging(nint c, byte loggingOn, nuint nCategories, byte** categories)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        inst.Logger.DebugEnabled = loggingOn != 0;
        return Ok;
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi3InstantiateCoSimulation", CallConvs = [typeof(CallConvCdecl)])]
    public static nint InstantiateCoSimulation(
        byte* instanceName, byte* instantiationToken, byte* resourcePath, byte visible, byte loggingOn, byte eventModeUsed, byte earlyReturnAllowed,
        uint* requiredIntermediateVariables, nuint nRequiredIntermediateVariables, nint instanceEnvironment,
        delegate* unmanaged[Cdecl]<nint, int, byte*, byte*, void> logMessage, nint intermediateUpdate)
    {
        var name = Marshal.PtrToStringUTF8((nint)instanceName) ?? string.Empty;
        var logger = new Fmi3CallbackLogger(instanceEnvironment, logMessage) { DebugEnabled = loggingOn != 0 };
        try
        {
            if (eventModeUsed != 0)
            {
                throw new ArgumentException("eventModeUsed is not supported: the FMU has no clocks or events (hasEventMode is false)");
            }

            var slave = new MarketSlave(name, ResourcePaths.FromUri(Marshal.PtrToStringUTF8((nint)resourcePath)), logger);
            var token = InstantiationToken.Of(slave.ScenarioJson);
            var given = Marshal.PtrToStringUTF8((nint)instantiationToken);
            if (!string.Equals(given, token, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"instantiationToken {given} does not match this FMU's {token} (model description of another FMU?)");
            }

            return new ExportedInstance(slave, logger).ToHandle();
        }
        catch (Exception ex)
        {
            SlaveLog.CallFailed(logger, "fmi3InstantiateCoSimulation", ex.Message);
            return 0;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi3InstantiateModelExchange", CallConvs = [typeof(CallConvCdecl)])]
    public static nint InstantiateModelExchange(byte* instanceName, byte* instantiationToken, byte* resourcePath, byte visible, byte loggingOn, nint instanceEnvironment, nint logMessage) => 0;

    [UnmanagedCallersOnly(EntryPoint = "fmi3InstantiateScheduledExecution", CallConvs = [typeof(CallConvCdecl)])]
    public static nint InstantiateScheduledExecution(byte* instanceName, byte* instantiationToken, byte* resourcePath, byte visible, byte loggingOn, nint instanceEnvironment, nint logMessage, nint clockUpdate, nint lockPreemption, nint unlockPreemption) => 0;

    [UnmanagedCallersOnly(EntryPoint = "fmi3FreeInstance", CallConvs = [typeof(CallConvCdecl)])]
    public static void FreeInstance(nint c)
    {
        try
        {
            ExportedInstance.Free(c);
        }
        catch (InvalidOperationException)
        {
            // A handle that is not ours: nothing to free, and nothing may propagate into the master.
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi3EnterInitializationMode", CallConvs = [typeof(CallConvCdecl)])]
    public static int EnterInitializationMode(nint c, byte toleranceDefined, double tolerance, double startTime, byte stopTimeDefined, double stopTime) =>
        ExportGuard.Run(c, "fmi3EnterInitializationMode", startTime, static (inst, start) => inst.Slave.EnterInitialization(start));

    [UnmanagedCallersOnly(EntryPoint = "fmi3ExitInitializationMode", CallConvs = [typeof(CallConvCdecl)])]
    public static int ExitInitializationMode(nint c) =>
        ExportGuard.Run(c, "fmi3ExitInitializationMode", static inst => inst.Slave.ExitInitialization());

    [UnmanagedCallersOnly(EntryPoint = "fmi3EnterStepMode", CallConvs = [typeof(CallConvCdecl)])]
    public static int EnterStepMode(nint c) => ExportedInstance.TryGet(c, out var inst) && inst.Slave.Phase == SlavePhase.StepMode ? Ok : Fail(c, "fmi3EnterStepMode", "the FMU is not in event mode (it has none)");

    [UnmanagedCallersOnly(EntryPoint = "fmi3EnterEventMode", CallConvs = [typeof(CallConvCdecl)])]
    public static int EnterEventMode(nint c) => Fail(c, "fmi3EnterEventMode", "the FMU has no event mode (hasEventMode is false)");

    [UnmanagedCallersOnly(EntryPoint = "fmi3Terminate", CallConvs = [typeof(CallConvCdecl)])]
    public static int Terminate(nint c) =>
        ExportGuard.Run(c, "fmi3Terminate", static inst => inst.Slave.Terminate());

    [UnmanagedCallersOnly(EntryPoint = "fmi3Reset", CallConvs = [typeof(CallConvCdecl)])]
    public static int Reset(nint c) =>
        ExportGuard.Run(c, "fmi3Reset", static inst => inst.Slave.Reset());

    [UnmanagedCallersOnly(EntryPoint = "fmi3DoStep", CallConvs = [typeof(CallConvCdecl)])]
    public static int DoStep(nint c, double currentCommunicationPoint, double communicationStepSize, byte noSetFmuStatePriorToCurrentPoint,
        byte* eventHandlingNeeded, byte* terminateSimulation, byte* earlyReturn, double* lastSuccessfulTime)
    {
        var status = ExportGuard.Run(c, "fmi3DoStep", (currentCommunicationPoint, communicationStepSize), static (inst, a) => inst.Slave.DoStep(a.currentCommunicationPoint, a.communicationStepSize));
        if (status == Ok && ExportedInstance.TryGet(c, out var inst))
        {
            // No events (hasEventMode is false) and no early return; the episode's end is reported by market.done, not by terminating.
            WriteIfSet(eventHandlingNeeded, 0);
            WriteIfSet(terminateSimulation, 0);
            WriteIfSet(earlyReturn, 0);
            if (lastSuccessfulTime != null)
            {
                *lastSuccessfulTime = inst.Slave.Time;
            }
        }

        return status;
    }

    private static void WriteIfSet(byte* target, byte value)
    {
        if (target != null)
        {
            *target = value;
        }
    }

    private static int Fail(nint c, string function, string reason)
    {
        if (ExportedInstance.TryGet(c, out var inst))
        {
            SlaveLog.CallFailed(inst.Logger, function, reason);
        }

        return Error;
    }
}
