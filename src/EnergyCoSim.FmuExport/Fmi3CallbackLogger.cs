using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <summary>Routes log messages to an FMI 3 <c>fmi3LogMessageCallback</c>.</summary>
internal sealed unsafe class Fmi3CallbackLogger(nint environment, delegate* unmanaged[Cdecl]<nint, int, byte*, byte*, void> callback) : FmiCallbackLogger
{
    private readonly delegate* unmanaged[Cdecl]<nint, int, byte*, byte*, void> _callback = callback;

    protected override void Send(int status, string category, string message)
    {
        if (_callback == null)
        {
            return;
        }

        var cat = Marshal.StringToCoTaskMemUTF8(category);
        var text = Marshal.StringToCoTaskMemUTF8(message);
        try
        {
            _callback(environment, status, (byte*)cat, (byte*)text);
        }
        finally
        {
            Marshal.FreeCoTaskMem(cat);
            Marshal.FreeCoTaskMem(text);
        }
    }
}
