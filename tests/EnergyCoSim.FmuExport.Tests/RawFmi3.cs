using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport.Tests;

/// <summary>Calls the exported FMI 3 C functions directly, as a master that ignores the model description would, recording the log.</summary>
internal sealed unsafe class RawFmi3 : IDisposable
{
    private static readonly List<string> Messages = [];
    private readonly nint _library;

    public RawFmi3(string fmuPath)
    {
        Directory = Path.Combine(Path.GetTempPath(), "energycosim-rawfmi3", Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(fmuPath, Directory);
        _library = NativeLibrary.Load(Path.Combine(Directory, "binaries", "x86_64-linux", ModelDescriptionWriter.ModelIdentifier + ".so"));
    }

    public string Directory { get; }

    /// <summary>Deletes the extracted FMU; the library stays mapped (a NativeAOT library cannot be unloaded).</summary>
    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    public static IReadOnlyList<string> LoggedMessages
    {
        get
        {
            lock (Messages)
            {
                return [.. Messages];
            }
        }
    }

    /// <summary>fmi3InstantiateCoSimulation; the instance name doubles as the instance environment's tag in the log.</summary>
    public nint Instantiate(string name, string token, bool eventModeUsed = false)
    {
        var f = (delegate* unmanaged[Cdecl]<byte*, byte*, byte*, byte, byte, byte, byte, uint*, nuint, nint, nint, nint, nint>)Export("fmi3InstantiateCoSimulation");
        var n = Marshal.StringToCoTaskMemUTF8(name);
        var t = Marshal.StringToCoTaskMemUTF8(token);
        var r = Marshal.StringToCoTaskMemUTF8(Path.Combine(Directory, "resources") + "/");
        try
        {
            var log = (nint)(delegate* unmanaged[Cdecl]<nint, int, byte*, byte*, void>)&Log;
            return f((byte*)n, (byte*)t, (byte*)r, 0, 0, eventModeUsed ? (byte)1 : (byte)0, 0, null, 0, 0, log, 0);
        }
        finally
        {
            Marshal.FreeCoTaskMem(n);
            Marshal.FreeCoTaskMem(t);
            Marshal.FreeCoTaskMem(r);
        }
    }

    public int Call(string function, nint c) => ((delegate* unmanaged[Cdecl]<nint, int>)Export(function))(c);

    public int EnterInitializationMode(nint c) =>
        ((delegate* unmanaged[Cdecl]<nint, byte, double, double, byte, double, int>)Export("fmi3EnterInitializationMode"))(c, 0, 0, 0, 0, 0);

    public int UpdateDiscreteStates(nint c)
    {
        byte a, b, d, e, f;
        double g;
        return ((delegate* unmanaged[Cdecl]<nint, byte*, byte*, byte*, byte*, byte*, double*, int>)Export("fmi3UpdateDiscreteStates"))(c, &a, &b, &d, &e, &f, &g);
    }

    public int DoStep(nint c, double t, double h, out bool eventHandlingNeeded, out double lastSuccessfulTime)
    {
        byte events = 9, terminate = 9, early = 9;
        double last = double.NaN;
        var status = ((delegate* unmanaged[Cdecl]<nint, double, double, byte, byte*, byte*, byte*, double*, int>)Export("fmi3DoStep"))(c, t, h, 0, &events, &terminate, &early, &last);
        (eventHandlingNeeded, lastSuccessfulTime) = (events != 0, last);
        return status;
    }

    public void Free(nint c) => ((delegate* unmanaged[Cdecl]<nint, void>)Export("fmi3FreeInstance"))(c);

    private nint Export(string name) => NativeLibrary.GetExport(_library, name);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Log(nint environment, int status, byte* category, byte* message)
    {
        lock (Messages)
        {
            Messages.Add($"[{status}] {Marshal.PtrToStringUTF8((nint)message)}");
        }
    }
}
