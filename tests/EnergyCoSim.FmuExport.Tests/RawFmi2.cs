using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport.Tests;

/// <summary>
/// Calls the exported FMI 2 C functions directly (no importer state machine in between), as a careless master would,
/// and records what the FMU logs through the callback.
/// </summary>
internal sealed unsafe class RawFmi2 : IDisposable
{
    private static readonly List<string> Messages = [];
    private readonly nint _library;
    private readonly nint _callbacks;

    public RawFmi2(string fmuPath)
    {
        Directory = Path.Combine(Path.GetTempPath(), "energycosim-rawfmi2", Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(fmuPath, Directory);
        _library = NativeLibrary.Load(Path.Combine(Directory, "binaries", "linux64", ModelDescriptionWriter.ModelIdentifier + ".so"));
        _callbacks = Marshal.AllocHGlobal(5 * sizeof(nint));
        var fields = (nint*)_callbacks;
        fields[0] = (nint)(delegate* unmanaged[Cdecl]<nint, byte*, int, byte*, byte*, void>)&Log;
        fields[1] = fields[2] = fields[3] = fields[4] = 0;
    }

    public string Directory { get; }

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

    public nint Instantiate(string name, string guid)
    {
        var f = (delegate* unmanaged[Cdecl]<byte*, int, byte*, byte*, nint, int, int, nint>)Export("fmi2Instantiate");
        var n = Marshal.StringToCoTaskMemUTF8(name);
        var g = Marshal.StringToCoTaskMemUTF8(guid);
        var r = Marshal.StringToCoTaskMemUTF8(new Uri(Path.Combine(Directory, "resources")).AbsoluteUri);
        try
        {
            return f((byte*)n, 1, (byte*)g, (byte*)r, _callbacks, 0, 0);
        }
        finally
        {
            Marshal.FreeCoTaskMem(n);
            Marshal.FreeCoTaskMem(g);
            Marshal.FreeCoTaskMem(r);
        }
    }

    public int Call(string function, nint c) => ((delegate* unmanaged[Cdecl]<nint, int>)Export(function))(c);

    public int Setup(nint c) => ((delegate* unmanaged[Cdecl]<nint, int, double, double, int, double, int>)Export("fmi2SetupExperiment"))(c, 0, 0, 0, 0, 0);

    public int DoStep(nint c, double t, double h) => ((delegate* unmanaged[Cdecl]<nint, double, double, int, int>)Export("fmi2DoStep"))(c, t, h, 0);

    public int GetReal(nint c, uint vr, out double value)
    {
        double v;
        var status = ((delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int>)Export("fmi2GetReal"))(c, &vr, 1, &v);
        value = v;
        return status;
    }

    public int GetInteger(nint c, uint vr, out int value)
    {
        int v;
        var status = ((delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, int>)Export("fmi2GetInteger"))(c, &vr, 1, &v);
        value = v;
        return status;
    }

    public int SetReal(nint c, uint vr, double value) =>
        ((delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int>)Export("fmi2SetReal"))(c, &vr, 1, &value);

    public int SetFmuState(nint c, nint state) => ((delegate* unmanaged[Cdecl]<nint, nint, int>)Export("fmi2SetFMUstate"))(c, state);

    public void Free(nint c) => ((delegate* unmanaged[Cdecl]<nint, void>)Export("fmi2FreeInstance"))(c);

    public void Dispose()
    {
        Marshal.FreeHGlobal(_callbacks);

        // The library stays mapped (a NativeAOT library cannot be unloaded), which Linux allows after its file is gone.
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private nint Export(string name) => NativeLibrary.GetExport(_library, name);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Log(nint environment, byte* instance, int status, byte* category, byte* message)
    {
        lock (Messages)
        {
            Messages.Add($"{Marshal.PtrToStringUTF8((nint)instance)} [{status}] {Marshal.PtrToStringUTF8((nint)message)}");
        }
    }
}
