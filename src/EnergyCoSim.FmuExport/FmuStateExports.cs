namespace EnergyCoSim.FmuExport;

/// <summary>
/// The FMU-state functions shared by FMI 2 and FMI 3 (their signatures and status codes agree): a state is a GCHandle
/// to a <see cref="MarketSlaveState"/>. Each version's exports pass their C names for the error messages.
/// </summary>
internal static unsafe class FmuStateExports
{
    public static int Get(nint c, nint* state, string function) => ExportGuard.Run(c, function, (nint)state, static (inst, p) =>
    {
        // A non-null pointer this instance issued is a state to overwrite; anything else gets a new state.
        var target = (nint*)p;
        *target = inst.Keep(*target, inst.Slave.GetState());
    });

    public static int Set(nint c, nint state, string function) => ExportGuard.Run(c, function, state, static (inst, s) => inst.Slave.SetState(inst.StateOf(s)));

    public static int Free(nint c, nint* state, string function) => ExportGuard.Run(c, function, (nint)state, static (inst, p) =>
    {
        var target = (nint*)p;
        if (target != null && *target != 0)
        {
            inst.FreeState(*target);
            *target = 0;
        }
    });

    public static int SerializedSize(nint c, nint state, nuint* size, string function) =>
        ExportGuard.Run(c, function, (state, (nint)size), static (inst, a) => *(nuint*)a.Item2 = (nuint)MarketSlave.Serialize(inst.StateOf(a.state)).Length);

    public static int Serialize(nint c, nint state, byte* bytes, nuint size, string function, string sizeFunction) =>
        ExportGuard.Run(c, function, (state, (nint)bytes, size, sizeFunction), static (inst, a) =>
        {
            var data = MarketSlave.Serialize(inst.StateOf(a.state));
            if ((nuint)data.Length > a.size)
            {
                throw new ArgumentException($"the buffer holds {a.size} bytes; the state needs {data.Length} (call {a.sizeFunction})");
            }

            data.CopyTo(new Span<byte>((byte*)a.Item2, data.Length));
        });

    public static int Deserialize(nint c, byte* bytes, nuint size, nint* state, string function) =>
        ExportGuard.Run(c, function, ((nint)bytes, size, (nint)state), static (inst, a) =>
        {
            var saved = MarketSlave.Deserialize(new ReadOnlySpan<byte>((byte*)a.Item1, checked((int)a.size)));
            *(nint*)a.Item3 = inst.Keep(0, saved);
        });
}
