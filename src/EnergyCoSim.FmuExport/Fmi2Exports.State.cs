using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <content>fmi2GetFMUstate/fmi2SetFMUstate/fmi2FreeFMUstate and state serialisation, exported under the FMI 2 names (shared logic in <see cref="FmuStateExports"/>).</content>
internal static unsafe partial class Fmi2Exports
{
    [UnmanagedCallersOnly(EntryPoint = "fmi2GetFMUstate", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetFmuState(nint c, nint* state) => FmuStateExports.Get(c, state, "fmi2GetFMUstate");

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetFMUstate", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetFmuState(nint c, nint state) => FmuStateExports.Set(c, state, "fmi2SetFMUstate");

    [UnmanagedCallersOnly(EntryPoint = "fmi2FreeFMUstate", CallConvs = [typeof(CallConvCdecl)])]
    public static int FreeFmuState(nint c, nint* state) => FmuStateExports.Free(c, state, "fmi2FreeFMUstate");

    [UnmanagedCallersOnly(EntryPoint = "fmi2SerializedFMUstateSize", CallConvs = [typeof(CallConvCdecl)])]
    public static int SerializedFmuStateSize(nint c, nint state, nuint* size) => FmuStateExports.SerializedSize(c, state, size, "fmi2SerializedFMUstateSize");

    [UnmanagedCallersOnly(EntryPoint = "fmi2SerializeFMUstate", CallConvs = [typeof(CallConvCdecl)])]
    public static int SerializeFmuState(nint c, nint state, byte* bytes, nuint size) => FmuStateExports.Serialize(c, state, bytes, size, "fmi2SerializeFMUstate", "fmi2SerializedFMUstateSize");

    [UnmanagedCallersOnly(EntryPoint = "fmi2DeSerializeFMUstate", CallConvs = [typeof(CallConvCdecl)])]
    public static int DeSerializeFmuState(nint c, byte* bytes, nuint size, nint* state) => FmuStateExports.Deserialize(c, bytes, size, state, "fmi2DeSerializeFMUstate");
}
