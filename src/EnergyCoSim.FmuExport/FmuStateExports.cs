namespace EnergyCoSim.FmuExport;

/// <summary>
/// The FMU-state functions shared by FMI 2 and FMI 3 (their signatures and status codes agree): a state is a GCHandle
/// to a <see cref="MarketSlaveState"/>. Each version's exports pass their C names for the error messages.
/// </summary>
internal static unsafe class FmuStateExports
{
    private const int Ok = 0, Error = 3;

    public static int Get(nint c, nint* state, string function) => Guard(c, function, inst =>
    {
        // A non-null pointer this instance issued is a state to overwrite; anything else gets a new state.
        *state = inst.Keep(*state, inst.Slave.GetState());
    });

    public static int Set(nint c, nint state, string function) => Guard(c, function, inst => inst.Slave.SetState(inst.StateOf(state)));

    public static int Free(nint c, nint* state, string function) => Guard(c, function, inst =>
    {
        if (state != null && *state != 0)
        {
            inst.FreeState(*state);
            *state = 0;
        }
    });

    public static int SerializedSize(nint c, nint state, nuint* size, string function) =>
        Guard(c, function, inst => *size = (nuint)MarketSlave.Serialize(inst.StateOf(state)).Length);

    public static int Serialize(nint c, nint state, byte* bytes, nuint size, string function, string sizeFunction) => Guard(c, function, inst =>
    {
        var data = MarketSlave.Serialize(inst.StateOf(state));
        if ((nuint)data.Length > size)
        {
            throw new ArgumentException($"the buffer holds {size} bytes; the state needs {data.Length} (call {sizeFunction})");
        }

        data.CopyTo(new Span<byte>(bytes, data.Length));
    });

    public static int Deserialize(nint c, byte* bytes, nuint size, nint* state, string function) => Guard(c, function, inst =>
    {
        var saved = MarketSlave.Deserialize(new ReadOnlySpan<byte>(bytes, checked((int)size)));
        *state = inst.Keep(0, saved);
    });

    private static int Guard(nint c, string function, Action<ExportedInstance> body)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            body(inst);
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail(function, ex);
        }
    }
}
