using System.Runtime.InteropServices;

namespace EnergyCoSim.FmuExport;

/// <summary>Routes log messages to an FMI 2 <c>fmi2CallbackLogger</c> (a printf-style C function, so '%' is escaped).</summary>
internal sealed unsafe class Fmi2CallbackLogger(Fmi2Callbacks callbacks, string instanceName) : FmiCallbackLogger
{
    protected override void Send(int status, string category, string message)
    {
        if (callbacks.Logger == null)
        {
            return;
        }

        var name = Marshal.StringToCoTaskMemUTF8(instanceName);
        var cat = Marshal.StringToCoTaskMemUTF8(category);
        var text = Marshal.StringToCoTaskMemUTF8(message.Replace("%", "%%", StringComparison.Ordinal));
        try
        {
            callbacks.Logger(callbacks.ComponentEnvironment, (byte*)name, status, (byte*)cat, (byte*)text);
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
            Marshal.FreeCoTaskMem(cat);
            Marshal.FreeCoTaskMem(text);
        }
    }
}
