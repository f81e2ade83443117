using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <content>fmi3GetFMUState/fmi3SetFMUState/fmi3FreeFMUState and state serialisation, exported under the FMI 3 names (shared logic in <see cref="FmuStateExports"/>).</content>
internal static unsafe partial class Fmi3Exports
{
    [UnmanagedCallersOnly(EntryPoint = "fmi3GetFMUState", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetFmuState(nint c, nint* state) => FmuStateExports.Get(c, state, "fmi3GetFMUState");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SetFMUState", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetFmuState(nint c, nint state) => FmuStateExports.Set(c, state, "fmi3SetFMUState");

    [UnmanagedCallersOnly(EntryPoint = "fmi3FreeFMUState", CallConvs = [typeof(CallConvCdecl)])]
    public static int FreeFmuState(nint c, nint* state) => FmuStateExports.Free(c, state, "fmi3FreeFMUState");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SerializedFMUStateSize", CallConvs = [typeof(CallConvCdecl)])]
    public static int SerializedFmuStateSize(nint c, nint state, nuint* size) => FmuStateExports.SerializedSize(c, state, size, "fmi3SerializedFMUStateSize");

    [UnmanagedCallersOnly(EntryPoint = "fmi3SerializeFMUState", CallConvs = [typeof(CallConvCdecl)])]
    public static int SerializeFmuState(nint c, nint state, byte* bytes, nuint size) => FmuStateExports.Serialize(c, state, bytes, size, "fmi3SerializeFMUState", "fmi3SerializedFMUStateSize");

    [UnmanagedCallersOnly(EntryPoint = "fmi3DeserializeFMUState", CallConvs = [typeof(CallConvCdecl)])]
    public static int DeSerializeFmuState(nint c, byte* bytes, nuint size, nint* state) => FmuStateExports.Deserialize(c, bytes, size, state, "fmi3DeserializeFMUState");
}
