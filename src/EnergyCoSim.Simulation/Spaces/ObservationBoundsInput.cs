namespace EnergyCoSim.Simulation.Spaces;

/// <summary>What the observation bounds of one agent depend on (prices USD/MWh, energy kWh, power kW).</summary>
public readonly record struct ObservationBoundsInput(
    int AgentCount,
    int MaxSteps,
    double MinPrice,
    double MaxPrice,
    double MinQuantity,
    double MaxQuantity,
    double GridCapacityKW,
    double CapacityKW,
    double BatteryCapacityKWh,
    bool PartnerPreference);
