using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <content>fmi2Get/Set of Real, Integer, Boolean and String, and the unsupported derivative functions.</content>
internal static unsafe partial class Fmi2Exports
{
    [UnmanagedCallersOnly(EntryPoint = "fmi2GetReal", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetReal(nint c, uint* vr, nuint nvr, double* value)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            inst.Slave.GetReal(new ReadOnlySpan<uint>(vr, (int)nvr), new Span<double>(value, (int)nvr));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2GetReal", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetReal", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetReal(nint c, uint* vr, nuint nvr, double* value)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            inst.Slave.SetReal(new ReadOnlySpan<uint>(vr, (int)nvr), new ReadOnlySpan<double>(value, (int)nvr));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2SetReal", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetInteger", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetInteger(nint c, uint* vr, nuint nvr, int* value)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            inst.Slave.GetInteger(new ReadOnlySpan<uint>(vr, (int)nvr), new Span<int>(value, (int)nvr));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2GetInteger", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetInteger", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetInteger(nint c, uint* vr, nuint nvr, int* value)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            inst.Slave.SetInteger(new ReadOnlySpan<uint>(vr, (int)nvr), new ReadOnlySpan<int>(value, (int)nvr));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2SetInteger", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetBoolean", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetBoolean(nint c, uint* vr, nuint nvr, int* value)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            var n = (int)nvr;
            var values = n <= 64 ? stackalloc bool[n] : new bool[n];
            inst.Slave.GetBoolean(new ReadOnlySpan<uint>(vr, n), values);
            for (var k = 0; k < n; k++)
            {
                value[k] = values[k] ? 1 : 0;
            }

            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2GetBoolean", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetBoolean", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetBoolean(nint c, uint* vr, nuint nvr, int* value)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            var n = (int)nvr;
            var values = n <= 64 ? stackalloc bool[n] : new bool[n];
            for (var k = 0; k < n; k++)
            {
                values[k] = value[k] != 0;
            }

            inst.Slave.SetBoolean(new ReadOnlySpan<uint>(vr, n), values);
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2SetBoolean", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetString", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetString(nint c, uint* vr, nuint nvr, byte** value)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            inst.ReleaseStrings();
            for (var k = 0; k < (int)nvr; k++)
            {
                value[k] = (byte*)inst.NativeString(inst.Slave.GetString(vr[k]));
            }

            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2GetString", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetString", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetString(nint c, uint* vr, nuint nvr, byte** value)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            for (var k = 0; k < (int)nvr; k++)
            {
                inst.Slave.SetString(vr[k], Marshal.PtrToStringUTF8((nint)value[k]) ?? throw new ArgumentException($"string value {k} is null"));
            }

            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2SetString", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetRealInputDerivatives", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetRealInputDerivatives(nint c, uint* vr, nuint nvr, int* order, double* value) =>
        Unsupported(c, "fmi2SetRealInputDerivatives", "inputs are held over each market interval; canInterpolateInputs is false");

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetRealOutputDerivatives", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetRealOutputDerivatives(nint c, uint* vr, nuint nvr, int* order, double* value) =>
        Unsupported(c, "fmi2GetRealOutputDerivatives", "maxOutputDerivativeOrder is 0: outputs are piecewise constant");

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetDirectionalDerivative", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetDirectionalDerivative(nint c, uint* unknown, nuint nUnknown, uint* known, nuint nKnown, double* dvKnown, double* dvUnknown) =>
        Unsupported(c, "fmi2GetDirectionalDerivative", "providesDirectionalDerivative is false: market clearing is not differentiable");
}
