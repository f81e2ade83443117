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

    /// <summary>State handles this instance issued: only these are dereferenced, so a stale or foreign pointer is an error, not a crash.</summary>
    public HashSet<nint> States { get; } = [];

    /// <summary>Stores <paramref name="state"/> in <paramref name="handle"/> (reused if this instance issued it) and returns the handle.</summary>
    public nint Keep(nint handle, MarketSlaveState state)
    {
        if (handle != 0 && States.Contains(handle))
        {
            var existing = GCHandle.FromIntPtr(handle);
            existing.Target = state;
            return handle;
        }

        var created = GCHandle.ToIntPtr(GCHandle.Alloc(state));
        States.Add(created);
        return created;
    }

    /// <summary>The state behind <paramref name="handle"/>, which this instance must have issued.</summary>
    public MarketSlaveState StateOf(nint handle) =>
        handle != 0 && States.Contains(handle) && GCHandle.FromIntPtr(handle).Target is MarketSlaveState s
            ? s
            : throw new ArgumentException("the FMU state pointer is null, freed, or not a state of this instance");

    /// <summary>Frees a state handle this instance issued.</summary>
    public void FreeState(nint handle)
    {
        StateOf(handle);
        States.Remove(handle);
        GCHandle.FromIntPtr(handle).Free();
    }

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
            foreach (var state in instance.States)
            {
                GCHandle.FromIntPtr(state).Free();
            }

            instance.States.Clear();
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
