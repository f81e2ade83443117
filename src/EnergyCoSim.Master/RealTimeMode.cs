namespace EnergyCoSim.Master;

/// <summary>What a missed real-time deadline means.</summary>
public enum RealTimeMode
{
    /// <summary>A miss is counted and its lateness recorded; the master never sleeps to catch up and runs on.</summary>
    Soft,

    /// <summary>A miss beyond the tolerance fails the execution (hardware-in-the-loop).</summary>
    Strict,
}
