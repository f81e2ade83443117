using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>
/// Native callbacks handed to FMUs. The environment pointer is a GCHandle of the <see cref="FmuInstance"/>.
/// FMI 2's logger is variadic in C; a non-variadic Cdecl function receives the fixed arguments correctly on every
/// supported ABI (x64 SysV/Windows, arm64), and the extra arguments are ignored: the message is taken as-is, not expanded
/// as a printf format (most FMUs pre-format; expanding would need the va_list, which managed code cannot read safely).
/// No exception may cross back into native code, so every callback catches everything.
/// </summary>
internal static unsafe class FmiCallbacks
{
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static void Fmi2Logger(nint environment, byte* instanceName, int status, byte* category, byte* message) =>
        Route(environment, status, category, message);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static void Fmi3LogMessage(nint environment, int status, byte* category, byte* message) =>
        Route(environment, status, category, message);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static void* AllocateMemory(nuint count, nuint size)
    {
        if (count == 0 || size == 0 || count > nuint.MaxValue / size)
        {
            return null;
        }

        return NativeMemory.AllocZeroed(count, size);
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static void FreeMemory(void* pointer) => NativeMemory.Free(pointer);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static void StepFinished(nint environment, int status)
    {
        // Asynchronous DoStep is never requested, so there is nothing to resume.
    }

    /// <summary>A NUL-terminated UTF-8 copy of <paramref name="text"/> for passing to C.</summary>
    public static byte[] Utf8Z(string text)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(text) + 1];
        System.Text.Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    public static string Utf8(byte* text) => text == null ? string.Empty : Marshal.PtrToStringUTF8((nint)text) ?? string.Empty;

    private static void Route(nint environment, int status, byte* category, byte* message)
    {
        try
        {
            if (environment != 0 && GCHandle.FromIntPtr(environment).Target is FmuInstance instance)
            {
                instance.OnMessage(status, Utf8(category), Utf8(message));
            }
        }
        catch (Exception)
        {
            // A logging failure must never unwind through the FMU's native frames.
        }
    }
}
