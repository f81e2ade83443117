using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Agents.Storage;

/// <summary>The complete mutable state of a <see cref="Battery"/>, for checkpoints and rollback.</summary>
/// <param name="State">Last operation.</param>
/// <param name="EnergyLevel">Stored energy, kWh.</param>
/// <param name="CumulativeCharge">Energy added to the store since reset, kWh.</param>
/// <param name="CumulativeDischarge">Energy delivered to the bus since reset, kWh.</param>
/// <param name="CumulativeStoreOutflow">Energy removed from the store by discharges since reset, kWh.</param>
/// <param name="SelfDischargeLoss">Energy lost to self-discharge since reset, kWh.</param>
/// <param name="FadeLoss">Stored energy lost because capacity fade lowered the upper SoC bound, kWh.</param>
/// <param name="Throughput">Energy moved in and out of the store over the battery's life, kWh (drives cycle ageing).</param>
/// <param name="AgeDays">Calendar age, days.</param>
/// <param name="IntervalBusEnergy">Energy already exchanged at the bus in the current interval, kWh (power budget).</param>
public sealed record BatterySnapshot(
    BatteryState State,
    EnergyKWh EnergyLevel,
    EnergyKWh CumulativeCharge,
    EnergyKWh CumulativeDischarge,
    EnergyKWh CumulativeStoreOutflow,
    EnergyKWh SelfDischargeLoss,
    EnergyKWh FadeLoss,
    EnergyKWh Throughput,
    double AgeDays,
    EnergyKWh IntervalBusEnergy)
{
    /// <summary>True while the battery was out of service.</summary>
    public bool OutOfService { get; init; }
}
