using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.FmuExport;

/// <summary>
/// What an FMI instance handle points to (a GCHandle): the slave, its callback logger and the native strings handed
/// to the master by GetString, which FMI says stay valid until the next call on the instance.
/// </summary>
internal sealed class ExportedInstance(MarketSlave slave, FmiCallbackLogger logger)
{
    private readonly List<nint> _strings = [];

    public MarketSlave Slave { get; } = slave;

    public FmiCallbackLogger Logger { get; } = logger;

    /// <summary>Resolves a handle from the master; false for null or foreign pointers.</summary>
    public static bool TryGet(nint handle, out ExportedInstance instance)
    {
        instance = null!;
        if (handle == 0)
        {
            return false;
        }

        instance = GCHandle.FromIntPtr(handle).Target as ExportedInstance ?? null!;
        return instance is not null;
    }

    public nint ToHandle() => GCHandle.ToIntPtr(GCHandle.Alloc(this));

    public static void Free(nint handle)
    {
        if (TryGet(handle, out var instance))
        {
            instance.ReleaseStrings();
            GCHandle.FromIntPtr(handle).Free();
        }
    }

    /// <summary>Logs why <paramref name="function"/> failed and returns the Error status (3 in both FMI versions).</summary>
    public int Fail(string function, Exception exception)
    {
        SlaveLog.CallFailed(Logger, function, exception.Message);
        return 3;
    }

    /// <summary>A UTF-8 copy of <paramref name="value"/> owned by this instance until the next GetString or free.</summary>
    public nint NativeString(string value)
    {
        var p = Marshal.StringToCoTaskMemUTF8(value);
        _strings.Add(p);
        return p;
    }

    /// <summary>Frees the strings of the previous GetString call.</summary>
    public void ReleaseStrings()
    {
        foreach (var p in _strings)
        {
            Marshal.FreeCoTaskMem(p);
        }

        _strings.Clear();
    }

    public void Warn(string function, string reason) => SlaveLog.CallWarning(Logger, function, reason);
}
