namespace EnergyCoSim.Mosaik.Simple;

/// <summary>One prosumer of the simple community model: entity id and battery.</summary>
internal sealed record SimpleProsumerSpec(string Eid, double CapacityKWh, double MaxPowerKW, double InitialSoc);
