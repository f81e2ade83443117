namespace EnergyCoSim.Fmi.Internal;

/// <summary>
/// FMI 3.0 co-simulation functions as unmanaged function pointers, named as the C functions. fmi3Boolean is C99 bool
/// (one byte); getters and setters take (vr[], nvr, values[], nValues) so arrays pass through unchanged.
/// </summary>
internal unsafe struct Fmi3Functions
{
    public delegate* unmanaged[Cdecl]<byte*> fmi3GetVersion;
    public delegate* unmanaged[Cdecl]<nint, byte, nuint, byte**, int> fmi3SetDebugLogging;
    public delegate* unmanaged[Cdecl]<byte*, byte*, byte*, byte, byte, byte, byte, uint*, nuint, nint, nint, nint, nint> fmi3InstantiateCoSimulation;
    public delegate* unmanaged[Cdecl]<nint, void> fmi3FreeInstance;
    public delegate* unmanaged[Cdecl]<nint, byte, double, double, byte, double, int> fmi3EnterInitializationMode;
    public delegate* unmanaged[Cdecl]<nint, int> fmi3ExitInitializationMode;
    public delegate* unmanaged[Cdecl]<nint, int> fmi3EnterEventMode;
    public delegate* unmanaged[Cdecl]<nint, int> fmi3Terminate;
    public delegate* unmanaged[Cdecl]<nint, int> fmi3Reset;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, float*, nuint, int> fmi3GetFloat32;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int> fmi3GetFloat64;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, sbyte*, nuint, int> fmi3GetInt8;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte*, nuint, int> fmi3GetUInt8;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, short*, nuint, int> fmi3GetInt16;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, ushort*, nuint, int> fmi3GetUInt16;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, nuint, int> fmi3GetInt32;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, uint*, nuint, int> fmi3GetUInt32;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, long*, nuint, int> fmi3GetInt64;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, ulong*, nuint, int> fmi3GetUInt64;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte*, nuint, int> fmi3GetBoolean;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte**, nuint, int> fmi3GetString;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, nuint*, byte**, nuint, int> fmi3GetBinary;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, float*, nuint, int> fmi3SetFloat32;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int> fmi3SetFloat64;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, sbyte*, nuint, int> fmi3SetInt8;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte*, nuint, int> fmi3SetUInt8;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, short*, nuint, int> fmi3SetInt16;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, ushort*, nuint, int> fmi3SetUInt16;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, nuint, int> fmi3SetInt32;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, uint*, nuint, int> fmi3SetUInt32;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, long*, nuint, int> fmi3SetInt64;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, ulong*, nuint, int> fmi3SetUInt64;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte*, nuint, int> fmi3SetBoolean;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte**, nuint, int> fmi3SetString;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, nuint*, byte**, nuint, int> fmi3SetBinary;
    public delegate* unmanaged[Cdecl]<nint, nint*, int> fmi3GetFMUState;
    public delegate* unmanaged[Cdecl]<nint, nint, int> fmi3SetFMUState;
    public delegate* unmanaged[Cdecl]<nint, nint*, int> fmi3FreeFMUState;
    public delegate* unmanaged[Cdecl]<nint, nint, nuint*, int> fmi3SerializedFMUStateSize;
    public delegate* unmanaged[Cdecl]<nint, nint, byte*, nuint, int> fmi3SerializeFMUState;
    public delegate* unmanaged[Cdecl]<nint, byte*, nuint, nint*, int> fmi3DeserializeFMUState;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, uint*, nuint, double*, nuint, double*, nuint, int> fmi3GetDirectionalDerivative;
    public delegate* unmanaged[Cdecl]<nint, int> fmi3EnterStepMode;
    public delegate* unmanaged[Cdecl]<nint, byte*, byte*, byte*, byte*, byte*, double*, int> fmi3UpdateDiscreteStates;
    public delegate* unmanaged[Cdecl]<nint, double, double, byte, byte*, byte*, byte*, double*, int> fmi3DoStep;
}
