using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Agents.Storage;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Agents.Prosumers;

/// <summary>The complete mutable state of a <see cref="ProsumerAgent"/>, for checkpoints and rollback.</summary>
public sealed record ProsumerAgentSnapshot(
    EnergyProfile Generation,
    EnergyProfile Demand,
    double Reputation,
    EnergyKWh NetPosition,
    EnergyTracking Tracking,
    CashAccount Cash,
    EnergyKWh Curtailed,
    EnergyKWh UnservedDemand,
    EnergyKWh UndeliveredSales,
    RandomStreamState RandomState,
    BatterySnapshot? Battery);
