using System.Runtime.InteropServices;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>A native <c>const char*[]</c> of UTF-8 copies, valid until disposed (for fmiXSetDebugLogging categories).</summary>
internal sealed unsafe class Utf8StringArray : IDisposable
{
    private readonly nint* _items;

    public Utf8StringArray(IReadOnlyList<string> values)
    {
        Count = values.Count;
        _items = (nint*)NativeMemory.AllocZeroed((nuint)Math.Max(1, Count), (nuint)sizeof(nint));
        for (var i = 0; i < Count; i++)
        {
            _items[i] = Marshal.StringToCoTaskMemUTF8(values[i]);
        }
    }

    public int Count { get; }

    public byte** Pointer => (byte**)_items;

    public void Dispose()
    {
        for (var i = 0; i < Count; i++)
        {
            Marshal.FreeCoTaskMem(_items[i]);
        }

        NativeMemory.Free(_items);
    }
}
