namespace EnergyCoSim.Service.Sessions;

/// <summary>One bus of an external grid solver's answer for a step.</summary>
/// <param name="BusId">Bus id as the solver knows it (a feeder bus, or an agent id without a cosim feeder).</param>
/// <param name="VoltagePu">Voltage magnitude, p.u.</param>
/// <param name="AngleDeg">Voltage angle, degrees.</param>
public sealed record GridBusSummary(string BusId, double VoltagePu, double AngleDeg);
