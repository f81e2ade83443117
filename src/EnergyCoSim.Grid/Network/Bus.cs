namespace EnergyCoSim.Grid.Network;

/// <summary>A bus (node). Shunts are the MW/MVAr drawn at 1 p.u. voltage (MATPOWER Gs/Bs convention).</summary>
/// <param name="Id">External bus number, unique in the case.</param>
/// <param name="Type">Role in the power flow.</param>
/// <param name="BaseKv">Nominal line-to-line voltage, kV.</param>
/// <param name="ShuntGMw">Shunt conductance as MW consumed at 1 p.u.</param>
/// <param name="ShuntBMvar">Shunt susceptance as MVAr injected at 1 p.u. (positive = capacitor).</param>
/// <param name="VmPu">Initial / set-point voltage magnitude, p.u. (used for slack and PV buses).</param>
/// <param name="VaDeg">Initial / reference voltage angle, degrees (used for the slack bus).</param>
/// <param name="InService">False removes the bus and everything attached to it.</param>
/// <param name="Name">Optional label.</param>
public sealed record Bus(
    int Id,
    BusType Type,
    double BaseKv,
    double ShuntGMw = 0,
    double ShuntBMvar = 0,
    double VmPu = 1.0,
    double VaDeg = 0,
    bool InService = true,
    string? Name = null);
