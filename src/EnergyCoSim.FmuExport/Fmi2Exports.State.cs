using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <content>fmi2Get/Set/FreeFMUstate and state serialisation; a state is a GCHandle to a <see cref="MarketSlaveState"/>.</content>
internal static unsafe partial class Fmi2Exports
{
    [UnmanagedCallersOnly(EntryPoint = "fmi2GetFMUstate", CallConvs = [typeof(CallConvCdecl)])]
    public static int GetFmuState(nint c, nint* state)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            // A non-null pointer this instance issued is a state to overwrite; anything else gets a new state.
            *state = inst.Keep(*state, inst.Slave.GetState());
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2GetFMUstate", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2SetFMUstate", CallConvs = [typeof(CallConvCdecl)])]
    public static int SetFmuState(nint c, nint state)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            inst.Slave.SetState(inst.StateOf(state));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2SetFMUstate", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2FreeFMUstate", CallConvs = [typeof(CallConvCdecl)])]
    public static int FreeFmuState(nint c, nint* state)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            if (state != null && *state != 0)
            {
                inst.FreeState(*state);
                *state = 0;
            }

            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2FreeFMUstate", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2SerializedFMUstateSize", CallConvs = [typeof(CallConvCdecl)])]
    public static int SerializedFmuStateSize(nint c, nint state, nuint* size)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            *size = (nuint)MarketSlave.Serialize(inst.StateOf(state)).Length;
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2SerializedFMUstateSize", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2SerializeFMUstate", CallConvs = [typeof(CallConvCdecl)])]
    public static int SerializeFmuState(nint c, nint state, byte* bytes, nuint size)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            var data = MarketSlave.Serialize(inst.StateOf(state));
            if ((nuint)data.Length > size)
            {
                throw new ArgumentException($"the buffer holds {size} bytes; the state needs {data.Length} (call fmi2SerializedFMUstateSize)");
            }

            data.CopyTo(new Span<byte>(bytes, data.Length));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2SerializeFMUstate", ex);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "fmi2DeSerializeFMUstate", CallConvs = [typeof(CallConvCdecl)])]
    public static int DeSerializeFmuState(nint c, byte* bytes, nuint size, nint* state)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            var saved = MarketSlave.Deserialize(new ReadOnlySpan<byte>(bytes, checked((int)size)));
            *state = inst.Keep(0, saved);
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2DeSerializeFMUstate", ex);
        }
    }
}
