namespace EnergyCoSim.Simulation.Sources;

/// <summary>How a CSV profile is read between its time rows.</summary>
public enum ProfileInterpolation
{
    /// <summary>The last row at or before the time holds (a step profile).</summary>
    Hold,

    /// <summary>Straight line between the rows around the time.</summary>
    Linear,
}
