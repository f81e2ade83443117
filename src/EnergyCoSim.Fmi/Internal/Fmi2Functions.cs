namespace EnergyCoSim.Fmi.Internal;

/// <summary>
/// FMI 2.0 co-simulation functions as unmanaged function pointers; member names are the C function names so they can be
/// checked against the standard. fmi2Boolean is a C int; fmi2Component and fmi2FMUstate are pointers.
/// </summary>
internal unsafe struct Fmi2Functions
{
    public delegate* unmanaged[Cdecl]<byte*> fmi2GetTypesPlatform;
    public delegate* unmanaged[Cdecl]<byte*> fmi2GetVersion;
    public delegate* unmanaged[Cdecl]<nint, int, nuint, byte**, int> fmi2SetDebugLogging;
    public delegate* unmanaged[Cdecl]<byte*, int, byte*, byte*, Fmi2CallbackFunctions*, int, int, nint> fmi2Instantiate;
    public delegate* unmanaged[Cdecl]<nint, void> fmi2FreeInstance;
    public delegate* unmanaged[Cdecl]<nint, int, double, double, int, double, int> fmi2SetupExperiment;
    public delegate* unmanaged[Cdecl]<nint, int> fmi2EnterInitializationMode;
    public delegate* unmanaged[Cdecl]<nint, int> fmi2ExitInitializationMode;
    public delegate* unmanaged[Cdecl]<nint, int> fmi2Terminate;
    public delegate* unmanaged[Cdecl]<nint, int> fmi2Reset;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int> fmi2GetReal;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, int> fmi2GetInteger;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, int> fmi2GetBoolean;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte**, int> fmi2GetString;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int> fmi2SetReal;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, int> fmi2SetInteger;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, int> fmi2SetBoolean;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte**, int> fmi2SetString;
    public delegate* unmanaged[Cdecl]<nint, nint*, int> fmi2GetFMUstate;
    public delegate* unmanaged[Cdecl]<nint, nint, int> fmi2SetFMUstate;
    public delegate* unmanaged[Cdecl]<nint, nint*, int> fmi2FreeFMUstate;
    public delegate* unmanaged[Cdecl]<nint, nint, nuint*, int> fmi2SerializedFMUstateSize;
    public delegate* unmanaged[Cdecl]<nint, nint, byte*, nuint, int> fmi2SerializeFMUstate;
    public delegate* unmanaged[Cdecl]<nint, byte*, nuint, nint*, int> fmi2DeSerializeFMUstate;
    public delegate* unmanaged[Cdecl]<nint, uint*, nuint, uint*, nuint, double*, double*, int> fmi2GetDirectionalDerivative;
    public delegate* unmanaged[Cdecl]<nint, double, double, int, int> fmi2DoStep;
    public delegate* unmanaged[Cdecl]<nint, int, double*, int> fmi2GetRealStatus;

    /// <summary>Binds every function co-simulation needs, and the optional ones the capability flags declare.</summary>
    public static Fmi2Functions Bind(NativeFmuLibrary lib, FmiCoSimulationCapabilities caps)
    {
        var f = default(Fmi2Functions);
        f.fmi2GetTypesPlatform = (delegate* unmanaged[Cdecl]<byte*>)lib.Require(nameof(fmi2GetTypesPlatform));
        f.fmi2GetVersion = (delegate* unmanaged[Cdecl]<byte*>)lib.Require(nameof(fmi2GetVersion));
        f.fmi2SetDebugLogging = (delegate* unmanaged[Cdecl]<nint, int, nuint, byte**, int>)lib.Require(nameof(fmi2SetDebugLogging));
        f.fmi2Instantiate = (delegate* unmanaged[Cdecl]<byte*, int, byte*, byte*, Fmi2CallbackFunctions*, int, int, nint>)lib.Require(nameof(fmi2Instantiate));
        f.fmi2FreeInstance = (delegate* unmanaged[Cdecl]<nint, void>)lib.Require(nameof(fmi2FreeInstance));
        f.fmi2SetupExperiment = (delegate* unmanaged[Cdecl]<nint, int, double, double, int, double, int>)lib.Require(nameof(fmi2SetupExperiment));
        f.fmi2EnterInitializationMode = (delegate* unmanaged[Cdecl]<nint, int>)lib.Require(nameof(fmi2EnterInitializationMode));
        f.fmi2ExitInitializationMode = (delegate* unmanaged[Cdecl]<nint, int>)lib.Require(nameof(fmi2ExitInitializationMode));
        f.fmi2Terminate = (delegate* unmanaged[Cdecl]<nint, int>)lib.Require(nameof(fmi2Terminate));
        f.fmi2Reset = (delegate* unmanaged[Cdecl]<nint, int>)lib.Require(nameof(fmi2Reset));
        f.fmi2GetReal = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int>)lib.Require(nameof(fmi2GetReal));
        f.fmi2GetInteger = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, int>)lib.Require(nameof(fmi2GetInteger));
        f.fmi2GetBoolean = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, int>)lib.Require(nameof(fmi2GetBoolean));
        f.fmi2GetString = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte**, int>)lib.Require(nameof(fmi2GetString));
        f.fmi2SetReal = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, double*, int>)lib.Require(nameof(fmi2SetReal));
        f.fmi2SetInteger = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, int>)lib.Require(nameof(fmi2SetInteger));
        f.fmi2SetBoolean = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, int*, int>)lib.Require(nameof(fmi2SetBoolean));
        f.fmi2SetString = (delegate* unmanaged[Cdecl]<nint, uint*, nuint, byte**, int>)lib.Require(nameof(fmi2SetString));
        f.fmi2DoStep = (delegate* unmanaged[Cdecl]<nint, double, double, int, int>)lib.Require(nameof(fmi2DoStep));
        f.fmi2GetRealStatus = (delegate* unmanaged[Cdecl]<nint, int, double*, int>)lib.Require(nameof(fmi2GetRealStatus));
        if (caps.CanGetAndSetFmuState)
        {
            f.fmi2GetFMUstate = (delegate* unmanaged[Cdecl]<nint, nint*, int>)lib.Require(nameof(fmi2GetFMUstate));
            f.fmi2SetFMUstate = (delegate* unmanaged[Cdecl]<nint, nint, int>)lib.Require(nameof(fmi2SetFMUstate));
            f.fmi2FreeFMUstate = (delegate* unmanaged[Cdecl]<nint, nint*, int>)lib.Require(nameof(fmi2FreeFMUstate));
        }

        if (caps.CanSerializeFmuState)
        {
            f.fmi2SerializedFMUstateSize = (delegate* unmanaged[Cdecl]<nint, nint, nuint*, int>)lib.Require(nameof(fmi2SerializedFMUstateSize));
            f.fmi2SerializeFMUstate = (delegate* unmanaged[Cdecl]<nint, nint, byte*, nuint, int>)lib.Require(nameof(fmi2SerializeFMUstate));
            f.fmi2DeSerializeFMUstate = (delegate* unmanaged[Cdecl]<nint, byte*, nuint, nint*, int>)lib.Require(nameof(fmi2DeSerializeFMUstate));
        }

        if (caps.ProvidesDirectionalDerivatives)
        {
            f.fmi2GetDirectionalDerivative =
                (delegate* unmanaged[Cdecl]<nint, uint*, nuint, uint*, nuint, double*, double*, int>)lib.Require(nameof(fmi2GetDirectionalDerivative));
        }

        return f;
    }
}
