using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.FmuExport;

/// <summary>
/// The FMI 2.0 co-simulation C API. Every export catches everything: an exception never crosses into the master;
/// it becomes fmi2Error (3) with a message naming the cause, sent through the master's logger callback.
/// </summary>
internal static unsafe partial class Fmi2Exports
{
    private const int Ok = ExportGuard.Ok, Discard = 2, Error = ExportGuard.Error;

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetTypesPlatform", CallConvs = [typeof(CallConvCdecl)])]
    public static byte* GetTypesPlatform() => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference("default\0"u8));

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetVersion", CallConvs = [typeof(CallConvCdecl)])]
    public static byte* GetVersion() => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference("2.0\0"u8));

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetDebugLogging", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetDebugLogging(nint c, int loggingOn, nuint nCategories, byte** categories)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        inst.Logger.DebugEnabled = loggingOn != 0;
        return Ok;
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2Instantiate", CallConvs = [typeof(CallConvCdecl)])]
    public static nint Instantiate(byte* instanceName, int fmuType, byte* guid, byte* resourceLocation, Fmi2Callbacks* callbacks, int visible, int loggingOn)
    {
        var name = Marshal.PtrToStringUTF8((nint)instanceName) ?? string.Empty;
        var logger = new Fmi2CallbackLogger(callbacks == null ? default : *callbacks, name) { DebugEnabled = loggingOn != 0 };
        try
        {
            if (fmuType != 1)
            {
                throw new ArgumentException($"fmuType {fmuType} is not fmi2CoSimulation (1): this FMU supports co-simulation only");
            }

            var slave = new MarketSlave(name, ResourcePaths.FromUri(Marshal.PtrToStringUTF8((nint)resourceLocation)), logger);
            var token = InstantiationToken.Of(slave.ScenarioJson);
            var given = Marshal.PtrToStringUTF8((nint)guid);
            if (!string.Equals(given, token, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"guid {given} does not match this FMU's {token} (model description of another FMU?)");
            }

            return new ExportedInstance(slave, logger).ToHandle();
        }
        catch (Exception ex)
        {
            SlaveLog.CallFailed(logger, "fmi2Instantiate", ex.Message);
            return 0;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2FreeInstance", CallConvs = [typeof(CallConvCdecl)])]
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

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetupExperiment", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetupExperiment(nint c, int toleranceDefined, double tolerance, double startTime, int stopTimeDefined, double stopTime) =>
        ExportGuard.Run(c, "fmi2SetupExperiment", startTime, static (inst, start) => inst.Slave.SetupExperiment(start));

    [UnmanagedCallersOnly(EntryPoint = "fmi2EnterInitializationMode", CallConvs = [typeof(CallConvCdecl)])]
    public static int EnterInitializationMode(nint c) =>
        ExportGuard.Run(c, "fmi2EnterInitializationMode", static inst => inst.Slave.EnterInitialization(null));

    [UnmanagedCallersOnly(EntryPoint = "fmi2ExitInitializationMode", CallConvs = [typeof(CallConvCdecl)])]
    public static int ExitInitializationMode(nint c) =>
        ExportGuard.Run(c, "fmi2ExitInitializationMode", static inst => inst.Slave.ExitInitialization());

    [UnmanagedCallersOnly(EntryPoint = "fmi2Terminate", CallConvs = [typeof(CallConvCdecl)])]
    public static int Terminate(nint c) =>
        ExportGuard.Run(c, "fmi2Terminate", static inst => inst.Slave.Terminate());

    [UnmanagedCallersOnly(EntryPoint = "fmi2Reset", CallConvs = [typeof(CallConvCdecl)])]
    public static int Reset(nint c) =>
        ExportGuard.Run(c, "fmi2Reset", static inst => inst.Slave.Reset());

    [UnmanagedCallersOnly(EntryPoint = "fmi2DoStep", CallConvs = [typeof(CallConvCdecl)])]
    public static int DoStep(nint c, double currentCommunicationPoint, double communicationStepSize, int noSetFmuStatePriorToCurrentPoint) =>
        ExportGuard.Run(c, "fmi2DoStep", (currentCommunicationPoint, communicationStepSize), static (inst, a) => inst.Slave.DoStep(a.currentCommunicationPoint, a.communicationStepSize));

    [UnmanagedCallersOnly(EntryPoint = "fmi2CancelStep", CallConvs = [typeof(CallConvCdecl)])]
    public static int CancelStep(nint c)
    {
        if (ExportedInstance.TryGet(c, out var inst))
        {
            inst.Warn("fmi2CancelStep", "steps are synchronous; there is nothing to cancel");
        }

        return Error;
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetStatus", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetStatus(nint c, int kind, int* value)
    {
        // fmi2DoStepStatus (0): the last step completed; other kinds are for asynchronous FMUs.
        if (kind != 0 || value == null)
        {
            return Discard;
        }

        *value = Ok;
        return Ok;
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetRealStatus", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetRealStatus(nint c, int kind, double* value)
    {
        if (!ExportedInstance.TryGet(c, out var inst) || value == null || kind != 2)
        {
            return Discard;
        }

        *value = inst.Slave.Time;
        return Ok;
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetIntegerStatus", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetIntegerStatus(nint c, int kind, int* value) => Discard;

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetBooleanStatus", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetBooleanStatus(nint c, int kind, int* value)
    {
        // fmi2Terminated (3): true once the episode's last interval has cleared.
        if (!ExportedInstance.TryGet(c, out var inst) || value == null || kind != 3)
        {
            return Discard;
        }

        Span<bool> done = stackalloc bool[1];
        inst.Slave.GetBoolean([MarketVariableLayout.DoneRef], done);
        *value = done[0] ? 1 : 0;
        return Ok;
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetStringStatus", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetStringStatus(nint c, int kind, byte** value) => Discard;

    private static int Unsupported(nint c, string function, string reason)
    {
        if (ExportedInstance.TryGet(c, out var inst))
        {
            SlaveLog.CallFailed(inst.Logger, function, reason);
        }
        else
        {
            SlaveLog.CallFailed(NullLogger.Instance, function, reason);
        }

        return Error;
    }
}
