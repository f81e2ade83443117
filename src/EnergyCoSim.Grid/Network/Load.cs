namespace EnergyCoSim.Grid.Network;

/// <summary>
/// A load. Power at 1 p.u. voltage; the ZIP fractions say how it varies with voltage
/// (constant impedance ∝ V², constant current ∝ V, constant power). Default: constant power.
/// </summary>
/// <param name="Bus">Bus id.</param>
/// <param name="PMw">Active power consumed at 1 p.u., MW.</param>
/// <param name="QMvar">Reactive power consumed at 1 p.u., MVAr.</param>
/// <param name="InService">False removes the load.</param>
/// <param name="ImpedanceFraction">Constant-impedance share of the load, 0..1.</param>
/// <param name="CurrentFraction">Constant-current share of the load, 0..1 (the rest is constant power).</param>
public sealed record Load(
    int Bus,
    double PMw,
    double QMvar,
    bool InService = true,
    double ImpedanceFraction = 0,
    double CurrentFraction = 0);
