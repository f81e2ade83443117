using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <content>fmi3Get/Set of Float64, Int32, Boolean and String; the other types have no variables here (error unless nvr is 0).</content>
internal static unsafe partial class Fmi3Exports
{
    [UnmanagedCallersOnly(EntryPoint = "fmi3GetFloat64", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetFloat64(nint c, uint* vr, nuint nvr, double* values, nuint nValues) =>
        ExportGuard.Values(c, "fmi3GetFloat64", vr, nvr, values, nValues, static (s, r, v) => s.GetReal(r, v));

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetFloat64", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetFloat64(nint c, uint* vr, nuint nvr, double* values, nuint nValues) =>
        ExportGuard.Values(c, "fmi3SetFloat64", vr, nvr, values, nValues, static (s, r, v) => s.SetReal(r, v));

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetInt32", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetInt32(nint c, uint* vr, nuint nvr, int* values, nuint nValues) =>
        ExportGuard.Values(c, "fmi3GetInt32", vr, nvr, values, nValues, static (s, r, v) => s.GetInteger(r, v));

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetInt32", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetInt32(nint c, uint* vr, nuint nvr, int* values, nuint nValues) =>
        ExportGuard.Values(c, "fmi3SetInt32", vr, nvr, values, nValues, static (s, r, v) => s.SetInteger(r, v));

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetBoolean", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetBoolean(nint c, uint* vr, nuint nvr, byte* values, nuint nValues) =>
        ExportGuard.Values(c, "fmi3GetBoolean", vr, nvr, values, nValues, static (s, r, v) =>
        {
            // fmi3Boolean is a byte: the slave works on bools, converted here.
            var buffer = r.Length <= 64 ? stackalloc bool[r.Length] : new bool[r.Length];
            s.GetBoolean(r, buffer);
            for (var k = 0; k < r.Length && k < v.Length; k++)
            {
                v[k] = buffer[k] ? (byte)1 : (byte)0;
            }
        });

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetBoolean", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetBoolean(nint c, uint* vr, nuint nvr, byte* values, nuint nValues) =>
        ExportGuard.Values(c, "fmi3SetBoolean", vr, nvr, values, nValues, static (s, r, v) =>
        {
            var buffer = r.Length <= 64 ? stackalloc bool[r.Length] : new bool[r.Length];
            for (var k = 0; k < r.Length && k < v.Length; k++)
            {
                buffer[k] = v[k] != 0;
            }

            s.SetBoolean(r, buffer);
        });

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetString", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetString(nint c, uint* vr, nuint nvr, byte** values, nuint nValues) =>
        ExportGuard.Run(c, "fmi3GetString", ((nint)vr, nvr, (nint)values, nValues), static (inst, a) => FmuStrings.Get(inst, (uint*)a.Item1, a.Item2, (byte**)a.Item3, a.Item4));

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetString", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetString(nint c, uint* vr, nuint nvr, byte** values, nuint nValues) =>
        ExportGuard.Run(c, "fmi3SetString", ((nint)vr, nvr, (nint)values, nValues), static (inst, a) => FmuStrings.Set(inst, (uint*)a.Item1, a.Item2, (byte**)a.Item3, a.Item4));

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
