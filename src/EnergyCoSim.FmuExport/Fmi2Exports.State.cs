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
            var saved = inst.Slave.GetState();
            if (*state != 0 && GCHandle.FromIntPtr(*state).Target is MarketSlaveState)
            {
                // FMI 2: a non-null pointer is a state to overwrite.
                var handle = GCHandle.FromIntPtr(*state);
                handle.Target = saved;
                return Ok;
            }

            *state = GCHandle.ToIntPtr(GCHandle.Alloc(saved));
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
            inst.Slave.SetState(StateOf(state));
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
                StateOf(*state);
                GCHandle.FromIntPtr(*state).Free();
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
            *size = (nuint)MarketSlave.Serialize(StateOf(state)).Length;
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
            var data = MarketSlave.Serialize(StateOf(state));
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
            *state = GCHandle.ToIntPtr(GCHandle.Alloc(saved));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail("fmi2DeSerializeFMUstate", ex);
        }
    }

    internal static MarketSlaveState StateOf(nint state) =>
        state != 0 && GCHandle.FromIntPtr(state).Target is MarketSlaveState s
            ? s
            : throw new ArgumentException("the FMU state pointer is null or not a state of this FMU");
}
