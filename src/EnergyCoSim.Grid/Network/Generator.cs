namespace EnergyCoSim.Grid.Network;

/// <summary>A generator (voltage-controlling at a PV or slack bus) or a static generator (PQ injection at a PQ bus).</summary>
/// <param name="Bus">Bus id.</param>
/// <param name="PMw">Active power output, MW (ignored at the slack bus, where it is solved).</param>
/// <param name="QMvar">Reactive output, MVAr (used only at PQ buses, i.e. static generators).</param>
/// <param name="VSetPu">Voltage set point, p.u. (used at PV and slack buses).</param>
/// <param name="InService">False removes the generator.</param>
/// <param name="QMaxMvar">Upper reactive limit, MVAr (null = none); used only when Q limits are enforced.</param>
/// <param name="QMinMvar">Lower reactive limit, MVAr (null = none); used only when Q limits are enforced.</param>
public sealed record Generator(int Bus, double PMw, double QMvar = 0, double VSetPu = 1.0, bool InService = true, double? QMaxMvar = null, double? QMinMvar = null);
