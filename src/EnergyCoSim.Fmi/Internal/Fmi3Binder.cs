namespace EnergyCoSim.Fmi.Internal;

/// <summary>Binds <see cref="Fmi3Functions"/>: every function co-simulation needs, plus the optional ones the flags declare.</summary>
internal static unsafe class Fmi3Binder
{
    public static Fmi3Functions Bind(NativeFmuLibrary lib, FmiCoSimulationCapabilities caps)
    {
        var f = default(Fmi3Functions);
        f.fmi3GetVersion = (delegate* unmanaged[Cdecl]<byte*>)lib.Require(nameof(f.fmi3GetVersion));
        f.fmi3SetDebugLogging = (delegate* unmanaged[Cdecl]<nint, byte, nuint, byte**, int>)lib.Require(nameof(f.fmi3SetDebugLogging));
        f.fmi3InstantiateCoSimulation = (delegate* unmanaged[Cdecl]<byte*, byte*, byte*, byte, byte, byte, byte, uint*, nuint, nint, nint, nint, nint>)
            lib.Require(nameof(f.fmi3InstantiateCoSimulation));
        f.fmi3FreeInstance = (delegate* unmanaged[Cdecl]<nint, void>)lib.Require(nameof(f.fmi3FreeInstance));
        f.fmi3EnterInitializationMode = (delegate* unmanaged[Cdecl]<nint, byte, double, double, byte, double, int>)lib.Require(nameof(f.fmi3EnterInitializationMode));
        f.fmi3ExitInitializationMode = (delegate* unmanaged[Cdecl]<nint, int>)lib.Require(nameof(f.fmi3ExitInitializationMode));
        f.fmi3Terminate = (delegate* unmanaged[Cdecl]<nint, int>)lib.Require(nameof(f.fmi3Terminate));
        f.fmi3Reset = (delegate* unmanaged[Cdecl]<nint, int>)lib.Require(nameof(f.fmi3Reset));
        f.fmi3GetFloat32 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, float*, nuint, int>)lib.Require(nameof(f.fmi3GetFloat32));
        f.fmi3GetFloat64 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int>)lib.Require(nameof(f.fmi3GetFloat64));
        f.fmi3GetInt8 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, sbyte*, nuint, int>)lib.Require(nameof(f.fmi3GetInt8));
        f.fmi3GetUInt8 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte*, nuint, int>)lib.Require(nameof(f.fmi3GetUInt8));
        f.fmi3GetInt16 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, short*, nuint, int>)lib.Require(nameof(f.fmi3GetInt16));
        f.fmi3GetUInt16 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, ushort*, nuint, int>)lib.Require(nameof(f.fmi3GetUInt16));
        f.fmi3GetInt32 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, nuint, int>)lib.Require(nameof(f.fmi3GetInt32));
        f.fmi3GetUInt32 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, uint*, nuint, int>)lib.Require(nameof(f.fmi3GetUInt32));
        f.fmi3GetInt64 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, long*, nuint, int>)lib.Require(nameof(f.fmi3GetInt64));
        f.fmi3GetUInt64 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, ulong*, nuint, int>)lib.Require(nameof(f.fmi3GetUInt64));
        f.fmi3GetBoolean = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte*, nuint, int>)lib.Require(nameof(f.fmi3GetBoolean));
        f.fmi3GetString = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte**, nuint, int>)lib.Require(nameof(f.fmi3GetString));
        f.fmi3GetBinary = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, nuint*, byte**, nuint, int>)lib.Require(nameof(f.fmi3GetBinary));
        f.fmi3SetFloat32 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, float*, nuint, int>)lib.Require(nameof(f.fmi3SetFloat32));
        f.fmi3SetFloat64 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, nuint, int>)lib.Require(nameof(f.fmi3SetFloat64));
        f.fmi3SetInt8 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, sbyte*, nuint, int>)lib.Require(nameof(f.fmi3SetInt8));
        f.fmi3SetUInt8 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte*, nuint, int>)lib.Require(nameof(f.fmi3SetUInt8));
        f.fmi3SetInt16 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, short*, nuint, int>)lib.Require(nameof(f.fmi3SetInt16));
        f.fmi3SetUInt16 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, ushort*, nuint, int>)lib.Require(nameof(f.fmi3SetUInt16));
        f.fmi3SetInt32 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, nuint, int>)lib.Require(nameof(f.fmi3SetInt32));
        f.fmi3SetUInt32 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, uint*, nuint, int>)lib.Require(nameof(f.fmi3SetUInt32));
        f.fmi3SetInt64 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, long*, nuint, int>)lib.Require(nameof(f.fmi3SetInt64));
        f.fmi3SetUInt64 = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, ulong*, nuint, int>)lib.Require(nameof(f.fmi3SetUInt64));
        f.fmi3SetBoolean = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte*, nuint, int>)lib.Require(nameof(f.fmi3SetBoolean));
        f.fmi3SetString = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte**, nuint, int>)lib.Require(nameof(f.fmi3SetString));
        f.fmi3SetBinary = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, nuint*, byte**, nuint, int>)lib.Require(nameof(f.fmi3SetBinary));
        f.fmi3EnterStepMode = (delegate* unmanaged[Cdecl]<nint, int>)lib.Require(nameof(f.fmi3EnterStepMode));
        f.fmi3DoStep = (delegate* unmanaged[Cdecl]<nint, double, double, byte, byte*, byte*, byte*, double*, int>)lib.Require(nameof(f.fmi3DoStep));
        if (caps.HasEventMode)
        {
            f.fmi3EnterEventMode = (delegate* unmanaged[Cdecl]<nint, int>)lib.Require(nameof(f.fmi3EnterEventMode));
            f.fmi3UpdateDiscreteStates = (delegate* unmanaged[Cdecl]<nint, byte*, byte*, byte*, byte*, byte*, double*, int>)lib.Require(nameof(f.fmi3UpdateDiscreteStates));
        }

        if (caps.CanGetAndSetFmuState)
        {
            f.fmi3GetFMUState = (delegate* unmanaged[Cdecl]<nint, nint*, int>)lib.Require(nameof(f.fmi3GetFMUState));
            f.fmi3SetFMUState = (delegate* unmanaged[Cdecl]<nint, nint, int>)lib.Require(nameof(f.fmi3SetFMUState));
            f.fmi3FreeFMUState = (delegate* unmanaged[Cdecl]<nint, nint*, int>)lib.Require(nameof(f.fmi3FreeFMUState));
        }

        if (caps.CanSerializeFmuState)
        {
            f.fmi3SerializedFMUStateSize = (delegate* unmanaged[Cdecl]<nint, nint, nuint*, int>)lib.Require(nameof(f.fmi3SerializedFMUStateSize));
            f.fmi3SerializeFMUState = (delegate* unmanaged[Cdecl]<nint, nint, byte*, nuint, int>)lib.Require(nameof(f.fmi3SerializeFMUState));
            f.fmi3DeserializeFMUState = (delegate* unmanaged[Cdecl]<nint, byte*, nuint, nint*, int>)lib.Require(nameof(f.fmi3DeserializeFMUState));
        }

        if (caps.ProvidesDirectionalDerivatives)
        {
            f.fmi3GetDirectionalDerivative = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, uint*, nuint, double*, nuint, double*, nuint, int>)
                lib.Require(nameof(f.fmi3GetDirectionalDerivative));
        }

        return f;
    }
}
