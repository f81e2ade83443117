using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Agents.Storage;

/// <summary>One charge or discharge: the energy seen at the agent's bus and the change of stored energy (both ≥ 0, kWh).</summary>
/// <param name="AtBus">Energy taken from (charge) or delivered to (discharge) the bus.</param>
/// <param name="InStore">Energy added to (charge: AtBus·η_c) or removed from (discharge: AtBus/η_d) the store.</param>
public readonly record struct StorageTransfer(EnergyKWh AtBus, EnergyKWh InStore)
{
    /// <summary>Nothing exchanged.</summary>
    public static StorageTransfer None => default;

    /// <summary>Energy lost in conversion: |AtBus − InStore|.</summary>
    public EnergyKWh ConversionLoss => (AtBus - InStore).Abs();
}
