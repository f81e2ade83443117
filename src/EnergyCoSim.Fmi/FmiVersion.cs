namespace EnergyCoSim.Fmi;

/// <summary>The FMI standard version an FMU implements.</summary>
public enum FmiVersion
{
    /// <summary>FMI 2.0.x.</summary>
    Fmi2 = 2,

    /// <summary>FMI 3.0.x.</summary>
    Fmi3 = 3,
}
