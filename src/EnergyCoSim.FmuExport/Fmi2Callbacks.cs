namespace EnergyCoSim.FmuExport;

/// <summary>The <c>fmi2CallbackFunctions</c> struct as laid out in C (five pointers).</summary>
internal unsafe struct Fmi2Callbacks
{
    public delegate* unmanaged[Cdecl]<nint, byte*, int, byte*, byte*, void> Logger;
    public nint AllocateMemory;
    public nint FreeMemory;
    public nint StepFinished;
    public nint ComponentEnvironment;
}
