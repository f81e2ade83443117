using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <content>fmi3Get/Set of Float64, Int32, Boolean and String; the other types have no variables here (error unless nvr is 0).</content>
internal static unsafe partial class Fmi3Exports
{
    [UnmanagedCallersOnly(EntryPoint = "fmi3GetFloat64", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetFloat64(nint c, uint* vr, nuint nvr, double* values, nuint nValues)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            inst.Slave.GetReal(new ReadOnlySpan<uint>(vr, (int)nvr), new Span<double>(values, (int)nValues));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi3GetFloat64", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetFloat64", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetFloat64(nint c, uint* vr, nuint nvr, double* values, nuint nValues)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            inst.Slave.SetReal(new ReadOnlySpan<uint>(vr, (int)nvr), new ReadOnlySpan<double>(values, (int)nValues));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi3SetFloat64", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetInt32", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetInt32(nint c, uint* vr, nuint nvr, int* values, nuint nValues)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            inst.Slave.GetInteger(new ReadOnlySpan<uint>(vr, (int)nvr), new Span<int>(values, (int)nValues));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi3GetInt32", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetInt32", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetInt32(nint c, uint* vr, nuint nvr, int* values, nuint nValues)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            inst.Slave.SetInteger(new ReadOnlySpan<uint>(vr, (int)nvr), new ReadOnlySpan<int>(values, (int)nValues));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi3SetInt32", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetBoolean", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetBoolean(nint c, uint* vr, nuint nvr, byte* values, nuint nValues)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            var n = (int)nvr;
            var buffer = n <= 64 ? stackalloc bool[n] : new bool[n];
            inst.Slave.GetBoolean(new ReadOnlySpan<uint>(vr, n), buffer);
            for (var k = 0; k < n && k < (int)nValues; k++)
            {
                values[k] = buffer[k] ? (byte)1 : (byte)0;
            }

            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi3GetBoolean", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetBoolean", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetBoolean(nint c, uint* vr, nuint nvr, byte* values, nuint nValues)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            var n = (int)nvr;
            var buffer = n <= 64 ? stackalloc bool[n] : new bool[n];
            for (var k = 0; k < n && k < (int)nValues; k++)
            {
                buffer[k] = values[k] != 0;
            }

            inst.Slave.SetBoolean(new ReadOnlySpan<uint>(vr, n), buffer);
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi3SetBoolean", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetString", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetString(nint c, uint* vr, nuint nvr, byte** values, nuint nValues)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            inst.ReleaseStrings();
            for (var k = 0; k < (int)nvr && k < (int)nValues; k++)
            {
                values[k] = (byte*)inst.NativeString(inst.Slave.GetString(vr[k]));
            }

            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi3GetString", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetString", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetString(nint c, uint* vr, nuint nvr, byte** values, nuint nValues)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            for (var k = 0; k < (int)nvr && k < (int)nValues; k++)
            {
                inst.Slave.SetString(vr[k], Marshal.PtrToStringUTF8((nint)values[k]) ?? throw new ArgumentException($"string value {k} is null"));
            }

            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi3SetString", ex);
        }
    }

    /// <summary>Every value reference given to a getter/setter of a type this FMU has no variable of is an error.</summary>
    private static int NoVariables(nint c, uint* vr, nuint nvr, string function, string type)
    {
        if (nvr == 0)
        {
            return Ok;
        }

        return Fail(c, function, $"value reference {vr[0]} is not a {type} variable (this FMU declares Float64, Int32, Boolean and String only)");
    }
}
