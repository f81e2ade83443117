using System.Runtime.InteropServices;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>The C struct fmi2CallbackFunctions, kept in native memory for the whole life of an instance (FMI 2 requires it).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fmi2CallbackFunctions
{
    /// <summary>Declared variadic in C; only the five fixed arguments are read (see FmiCallbacks).</summary>
    public delegate* unmanaged[Cdecl]<nint, byte*, int, byte*, byte*, void> logger;
    public delegate* unmanaged[Cdecl]<nuint, nuint, void*> allocateMemory;
    public delegate* unmanaged[Cdecl]<void*, void> freeMemory;
    public delegate* unmanaged[Cdecl]<nint, int, void> stepFinished;
    public nint componentEnvironment;
}
