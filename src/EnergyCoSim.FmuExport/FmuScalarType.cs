namespace EnergyCoSim.FmuExport;

/// <summary>Base type of an exported variable (FMI 2 Real/Integer/Boolean/String; FMI 3 Float64/Int32/Boolean/String).</summary>
public enum FmuScalarType
{
    /// <summary>64-bit floating point.</summary>
    Real,

    /// <summary>32-bit signed integer.</summary>
    Integer,

    /// <summary>Boolean.</summary>
    Boolean,

    /// <summary>UTF-8 string.</summary>
    String,
}
