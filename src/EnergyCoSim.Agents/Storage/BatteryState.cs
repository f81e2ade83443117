namespace EnergyCoSim.Agents.Storage;

/// <summary>What the battery did in its last operation.</summary>
public enum BatteryState
{
    /// <summary>No energy exchanged.</summary>
    Idle,

    /// <summary>Took energy from the bus.</summary>
    Charging,

    /// <summary>Delivered energy to the bus.</summary>
    Discharging,
}
