using EnergyCoSim.Master;

namespace EnergyCoSim.Composition;

/// <summary>A connection with a factor: <c>to = Gain · from</c>, carried by a one-term summing point stepped after the market.</summary>
/// <param name="From">Source output address <c>component.variable</c>.</param>
/// <param name="To">Target input address.</param>
/// <param name="Gain">Factor (a simple rule, e.g. battery set-point = 1 · agent surplus).</param>
/// <param name="Settings">Coupling of the connection into the gain (direct, time-shifted or iterative).</param>
public sealed record GainConnection(string From, string To, double Gain, ConnectionSettings Settings);
