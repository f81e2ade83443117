namespace EnergyCoSim.Fmi;

/// <summary>How a variable's initial value is determined (the <c>initial</c> attribute).</summary>
public enum FmiInitial
{
    /// <summary>The start value is used as given.</summary>
    Exact,

    /// <summary>The start value is a guess for an iteration.</summary>
    Approx,

    /// <summary>Computed by the FMU during initialisation.</summary>
    Calculated,
}
