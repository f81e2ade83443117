namespace EnergyCoSim.Composition;

/// <summary>An extra injection into a feeder bus: <c>component.output</c> (kW) times <paramref name="Gain"/>, summed with the market agents' net injection.</summary>
/// <param name="Bus">Feeder bus id.</param>
/// <param name="Source">Output address <c>component.variable</c>, in kW.</param>
/// <param name="Gain">Factor before summing (−1 for a load-convention output such as a battery's charging power).</param>
public sealed record BusInjection(int Bus, string Source, double Gain = 1);
