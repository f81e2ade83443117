namespace EnergyCoSim.Core.Components;

/// <summary>Value type of a component variable (FMI 3 Float32/64 map to Real, Int8…UInt64 to Integer).</summary>
public enum VariableType
{
    /// <summary>Floating point (double).</summary>
    Real,

    /// <summary>Signed or unsigned integer (carried as 64-bit).</summary>
    Integer,

    /// <summary>Boolean.</summary>
    Boolean,

    /// <summary>Text.</summary>
    String,

    /// <summary>Opaque bytes (FMI 3 Binary).</summary>
    Binary,
}
