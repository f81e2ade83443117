namespace EnergyCoSim.FmuExport;

/// <summary>
/// The one guard every FMI 2 and FMI 3 export runs its body through: resolve the instance handle (Error for a null
/// or foreign one), run the body, and turn any exception into the Error status (3 in both versions) with its message
/// logged through the master's callback. Bodies are static lambdas taking their arguments explicitly, so a call
/// allocates nothing (a capturing lambda would allocate a closure per FMI call).
/// </summary>
internal static unsafe class ExportGuard
{
    /// <summary>fmi2OK / fmi3OK.</summary>
    public const int Ok = 0;

    /// <summary>fmi2Error / fmi3Error.</summary>
    public const int Error = 3;

    /// <summary>Typed get/set body: the slave, the value references and the caller's value buffer.</summary>
    public delegate void ValuesBody<T>(MarketSlave slave, ReadOnlySpan<uint> valueReferences, Span<T> values)
        where T : unmanaged;

    /// <summary>Runs <paramref name="body"/> on the instance behind <paramref name="c"/>.</summary>
    public static int Run(nint c, string function, Action<ExportedInstance> body)
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

    /// <summary>Runs <paramref name="body"/> with <paramref name="args"/> (pointers passed as nint) on the instance behind <paramref name="c"/>.</summary>
    public static int Run<TArgs>(nint c, string function, TArgs args, Action<ExportedInstance, TArgs> body)
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            body(inst, args);
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail(function, ex);
        }
    }

    /// <summary>A typed get/set of <paramref name="nvr"/> references into a buffer of <paramref name="nValues"/> values.</summary>
    public static int Values<T>(nint c, string function, uint* vr, nuint nvr, T* values, nuint nValues, ValuesBody<T> body)
        where T : unmanaged
    {
        if (!ExportedInstance.TryGet(c, out var inst))
        {
            return Error;
        }

        try
        {
            body(inst.Slave, new ReadOnlySpan<uint>(vr, checked((int)nvr)), new Span<T>(values, checked((int)nValues)));
            return Ok;
        }
        catch (Exception ex)
        {
            return inst.Fail(function, ex);
        }
    }
}
