using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <summary>String get/set shared by FMI 2 and 3: UTF-8 copies owned by the instance until its next GetString.</summary>
internal static unsafe class FmuStrings
{
    /// <summary>Writes the strings of <paramref name="nvr"/> references (at most <paramref name="nValues"/>).</summary>
    public static void Get(ExportedInstance inst, uint* vr, nuint nvr, byte** values, nuint nValues)
    {
        inst.ReleaseStrings();
        for (var k = 0; k < (int)nvr && k < (int)nValues; k++)
        {
            values[k] = (byte*)inst.NativeString(inst.Slave.GetString(vr[k]));
        }
    }

    /// <summary>Sets the strings of <paramref name="nvr"/> references (at most <paramref name="nValues"/>); a null string is an error.</summary>
    public static void Set(ExportedInstance inst, uint* vr, nuint nvr, byte** values, nuint nValues)
    {
        for (var k = 0; k < (int)nvr && k < (int)nValues; k++)
        {
            inst.Slave.SetString(vr[k], Marshal.PtrToStringUTF8((nint)values[k]) ?? throw new ArgumentException($"string value {k} is null"));
        }
    }
}
