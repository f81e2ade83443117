using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <content>Typed access for types without variables, and the optional FMI 3 functions this FMU does not support.</content>
internal static unsafe partial class Fmi3Exports
{
    [UnmanagedCallersOnly(EntryPoint = "fmi3GetFloat32", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetFloat32(nint c, uint* vr, nuint nvr, float* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3GetFloat32", "Float32");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetFloat32", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetFloat32(nint c, uint* vr, nuint nvr, float* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3SetFloat32", "Float32");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetInt8", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetInt8(nint c, uint* vr, nuint nvr, sbyte* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3GetInt8", "Int8");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetInt8", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetInt8(nint c, uint* vr, nuint nvr, sbyte* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3SetInt8", "Int8");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetUInt8", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetUInt8(nint c, uint* vr, nuint nvr, byte* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3GetUInt8", "UInt8");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetUInt8", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetUInt8(nint c, uint* vr, nuint nvr, byte* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3SetUInt8", "UInt8");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetInt16", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetInt16(nint c, uint* vr, nuint nvr, short* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3GetInt16", "Int16");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetInt16", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetInt16(nint c, uint* vr, nuint nvr, short* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3SetInt16", "Int16");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetUInt16", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetUInt16(nint c, uint* vr, nuint nvr, ushort* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3GetUInt16", "UInt16");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetUInt16", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetUInt16(nint c, uint* vr, nuint nvr, ushort* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3SetUInt16", "UInt16");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetUInt32", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetUInt32(nint c, uint* vr, nuint nvr, uint* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3GetUInt32", "UInt32");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetUInt32", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetUInt32(nint c, uint* vr, nuint nvr, uint* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3SetUInt32", "UInt32");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetInt64", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetInt64(nint c, uint* vr, nuint nvr, long* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3GetInt64", "Int64");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetInt64", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetInt64(nint c, uint* vr, nuint nvr, long* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3SetInt64", "Int64");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetUInt64", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetUInt64(nint c, uint* vr, nuint nvr, ulong* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3GetUInt64", "UInt64");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetUInt64", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetUInt64(nint c, uint* vr, nuint nvr, ulong* values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3SetUInt64", "UInt64");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetBinary", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetBinary(nint c, uint* vr, nuint nvr, nuint* sizes, byte** values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3GetBinary", "Binary");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetClock", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetClock(nint c, uint* vr, nuint nvr, byte* values) => NoVariables(c, vr, nvr, "fmi3GetClock", "Clock");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetBinary", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetBinary(nint c, uint* vr, nuint nvr, nuint* sizes, byte** values, nuint nValues) => NoVariables(c, vr, nvr, "fmi3SetBinary", "Binary");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetClock", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetClock(nint c, uint* vr, nuint nvr, byte* values) => NoVariables(c, vr, nvr, "fmi3SetClock", "Clock");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetNumberOfVariableDependencies", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetNumberOfVariableDependencies(nint c, uint vr, nuint* n) => Fail(c, "fmi3GetNumberOfVariableDependencies", "variable dependencies are declared in the model description");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetVariableDependencies", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetVariableDependencies(nint c, uint dependent, nuint* elementIndices, uint* independents, nuint* elementIndicesIndependents, int* kinds, nuint n) => Fail(c, "fmi3GetVariableDependencies", "variable dependencies are declared in the model description");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetDirectionalDerivative", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetDirectionalDerivative(nint c, uint* unknowns, nuint nUnknowns, uint* knowns, nuint nKnowns, double* seed, nuint nSeed, double* sensitivity, nuint nSensitivity) => Fail(c, "fmi3GetDirectionalDerivative", "providesDirectionalDerivative is false: market clearing is not differentiable");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetAdjointDerivative", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetAdjointDerivative(nint c, uint* unknowns, nuint nUnknowns, uint* knowns, nuint nKnowns, double* seed, nuint nSeed, double* sensitivity, nuint nSensitivity) => Fail(c, "fmi3GetAdjointDerivative", "providesAdjointDerivative is false: market clearing is not differentiable");

    [UnmanagedCallersOnly(EntryPoint = "fmi3EnterConfigurationMode", CallConvs = [typeof(CallConvCdecl)])]
    public static int EnterConfigurationMode(nint c) => Fail(c, "fmi3EnterConfigurationMode", "the FMU has no structural parameters");

    [UnmanagedCallersOnly(EntryPoint = "fmi3ExitConfigurationMode", CallConvs = [typeof(CallConvCdecl)])]
    public static int ExitConfigurationMode(nint c) => Fail(c, "fmi3ExitConfigurationMode", "the FMU has no structural parameters");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetIntervalDecimal", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetIntervalDecimal(nint c, uint* vr, nuint nvr, double* intervals, int* qualifiers) => Fail(c, "fmi3GetIntervalDecimal", "the FMU has no clocks");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetIntervalFraction", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetIntervalFraction(nint c, uint* vr, nuint nvr, ulong* counters, ulong* resolutions, int* qualifiers) => Fail(c, "fmi3GetIntervalFraction", "the FMU has no clocks");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetShiftDecimal", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetShiftDecimal(nint c, uint* vr, nuint nvr, double* shifts) => Fail(c, "fmi3GetShiftDecimal", "the FMU has no clocks");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetShiftFraction", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetShiftFraction(nint c, uint* vr, nuint nvr, ulong* counters, ulong* resolutions) => Fail(c, "fmi3GetShiftFraction", "the FMU has no clocks");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetIntervalDecimal", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetIntervalDecimal(nint c, uint* vr, nuint nvr, double* intervals) => Fail(c, "fmi3SetIntervalDecimal", "the FMU has no clocks");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetIntervalFraction", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetIntervalFraction(nint c, uint* vr, nuint nvr, ulong* counters, ulong* resolutions) => Fail(c, "fmi3SetIntervalFraction", "the FMU has no clocks");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetShiftDecimal", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetShiftDecimal(nint c, uint* vr, nuint nvr, double* shifts) => Fail(c, "fmi3SetShiftDecimal", "the FMU has no clocks");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetShiftFraction", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetShiftFraction(nint c, uint* vr, nuint nvr, ulong* counters, ulong* resolutions) => Fail(c, "fmi3SetShiftFraction", "the FMU has no clocks");

    [UnmanagedCallersOnly(EntryPoint = "fmi3EvaluateDiscreteStates", CallConvs = [typeof(CallConvCdecl)])]
    public static int EvaluateDiscreteStates(nint c) => Fail(c, "fmi3EvaluateDiscreteStates", "the FMU has no event mode");

    [UnmanagedCallersOnly(EntryPoint = "fmi3UpdateDiscreteStates", CallConvs = [typeof(CallConvCdecl)])]
    public static int UpdateDiscreteStates(nint c, byte* a, byte* b, byte* d, byte* e, byte* f, double* g) => Fail(c, "fmi3UpdateDiscreteStates", "the FMU has no event mode");

    [UnmanagedCallersOnly(EntryPoint = "fmi3EnterContinuousTimeMode", CallConvs = [typeof(CallConvCdecl)])]
    public static int EnterContinuousTimeMode(nint c) => Fail(c, "fmi3EnterContinuousTimeMode", "model exchange is not supported");

    [UnmanagedCallersOnly(EntryPoint = "fmi3CompletedIntegratorStep", CallConvs = [typeof(CallConvCdecl)])]
    public static int CompletedIntegratorStep(nint c, byte noSet, byte* enterEventMode, byte* terminate) => Fail(c, "fmi3CompletedIntegratorStep", "model exchange is not supported");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetTime", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetTime(nint c, double time) => Fail(c, "fmi3SetTime", "model exchange is not supported");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetContinuousStates", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetContinuousStates(nint c, double* x, nuint nx) => Fail(c, "fmi3SetContinuousStates", "model exchange is not supported");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetContinuousStateDerivatives", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetContinuousStateDerivatives(nint c, double* dx, nuint nx) => Fail(c, "fmi3GetContinuousStateDerivatives", "model exchange is not supported");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetEventIndicators", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetEventIndicators(nint c, double* z, nuint nz) => Fail(c, "fmi3GetEventIndicators", "model exchange is not supported");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetContinuousStates", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetContinuousStates(nint c, double* x, nuint nx) => Fail(c, "fmi3GetContinuousStates", "model exchange is not supported");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetNominalsOfContinuousStates", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetNominalsOfContinuousStates(nint c, double* x, nuint nx) => Fail(c, "fmi3GetNominalsOfContinuousStates", "model exchange is not supported");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetNumberOfEventIndicators", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetNumberOfEventIndicators(nint c, nuint* n) => Fail(c, "fmi3GetNumberOfEventIndicators", "model exchange is not supported");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetNumberOfContinuousStates", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetNumberOfContinuousStates(nint c, nuint* n) => Fail(c, "fmi3GetNumberOfContinuousStates", "model exchange is not supported");

    [UnmanagedCallersOnly(EntryPoint = "fmi3GetOutputDerivatives", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetOutputDerivatives(nint c, uint* vr, nuint nvr, int* orders, double* values, nuint nValues) => Fail(c, "fmi3GetOutputDerivatives", "maxOutputDerivativeOrder is 0: outputs are piecewise constant");

    [UnmanagedCallersOnly(EntryPoint = "fmi3ActivateModelPartition", CallConvs = [typeof(CallConvCdecl)])]
    public static int ActivateModelPartition(nint c, uint clockReference, double activationTime) => Fail(c, "fmi3ActivateModelPartition", "scheduled execution is not supported");
}
