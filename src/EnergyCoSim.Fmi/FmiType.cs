namespace EnergyCoSim.Fmi;

/// <summary>The declared FMI type of a variable (FMI 2 types first, then the FMI 3 ones).</summary>
public enum FmiType
{
    /// <summary>FMI 2 Real (double).</summary>
    Real,

    /// <summary>FMI 2 Integer (32-bit).</summary>
    Integer,

    /// <summary>Enumeration (FMI 2: 32-bit; FMI 3: 64-bit).</summary>
    Enumeration,

    /// <summary>Boolean.</summary>
    Boolean,

    /// <summary>String.</summary>
    String,

    /// <summary>FMI 3 Float32.</summary>
    Float32,

    /// <summary>FMI 3 Float64.</summary>
    Float64,

    /// <summary>FMI 3 Int8.</summary>
    Int8,

    /// <summary>FMI 3 UInt8.</summary>
    UInt8,

    /// <summary>FMI 3 Int16.</summary>
    Int16,

    /// <summary>FMI 3 UInt16.</summary>
    UInt16,

    /// <summary>FMI 3 Int32.</summary>
    Int32,

    /// <summary>FMI 3 UInt32.</summary>
    UInt32,

    /// <summary>FMI 3 Int64.</summary>
    Int64,

    /// <summary>FMI 3 UInt64.</summary>
    UInt64,

    /// <summary>FMI 3 Binary (opaque bytes).</summary>
    Binary,

    /// <summary>FMI 3 Clock.</summary>
    Clock,
}
