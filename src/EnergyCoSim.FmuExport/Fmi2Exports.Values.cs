using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <content>fmi2Get/Set of Real, Integer, Boolean and String, and the unsupported derivative functions.</content>
internal static unsafe partial class Fmi2Exports
{
    [UnmanagedCallersOnly(EntryPoint = "fmi2GetReal", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetReal(nint c, uint* vr, nuint nvr, double* value) =>
        ExportGuard.Values(c, "fmi2GetReal", vr, nvr, value, nvr, static (s, r, v) => s.GetReal(r, v));

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetReal", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetReal(nint c, uint* vr, nuint nvr, double* value) =>
        ExportGuard.Values(c, "fmi2SetReal", vr, nvr, value, nvr, static (s, r, v) => s.SetReal(r, v));

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetInteger", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetInteger(nint c, uint* vr, nuint nvr, int* value) =>
        ExportGuard.Values(c, "fmi2GetInteger", vr, nvr, value, nvr, static (s, r, v) => s.GetInteger(r, v));

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetInteger", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetInteger(nint c, uint* vr, nuint nvr, int* value) =>
        ExportGuard.Values(c, "fmi2SetInteger", vr, nvr, value, nvr, static (s, r, v) => s.SetInteger(r, v));

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetBoolean", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetBoolean(nint c, uint* vr, nuint nvr, int* value) =>
        ExportGuard.Values(c, "fmi2GetBoolean", vr, nvr, value, nvr, static (s, r, v) =>
        {
            // fmi2Boolean is an int: the slave works on bools, converted here.
            var values = r.Length <= 64 ? stackalloc bool[r.Length] : new bool[r.Length];
            s.GetBoolean(r, values);
            for (var k = 0; k < r.Length; k++)
            {
                v[k] = values[k] ? 1 : 0;
            }
        });

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetBoolean", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetBoolean(nint c, uint* vr, nuint nvr, int* value) =>
        ExportGuard.Values(c, "fmi2SetBoolean", vr, nvr, value, nvr, static (s, r, v) =>
        {
            var values = r.Length <= 64 ? stackalloc bool[r.Length] : new bool[r.Length];
            for (var k = 0; k < r.Length; k++)
            {
                values[k] = v[k] != 0;
            }

            s.SetBoolean(r, values);
        });

    [UnmanagedCallersOnly(EntryPoint = "fmi2GetString", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetString(nint c, uint* vr, nuint nvr, byte** value) =>
        ExportGuard.Run(c, "fmi2GetString", ((nint)vr, nvr, (nint)value), static (inst, a) => FmuStrings.Get(inst, (uint*)a.Item1, a.Item2, (byte**)a.Item3, a.Item2));

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetString", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetString(nint c, uint* vr, nuint nvr, byte** value) =>
        ExportGuard.Run(c, "fmi2SetString", ((nint)vr, nvr, (nint)value), static (inst, a) => FmuStrings.Set(inst, (uint*)a.Item1, a.Item2, (byte**)a.Item3, a.Item2));

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
