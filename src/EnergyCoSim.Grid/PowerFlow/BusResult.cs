namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Solved state of one bus. De-energised buses report 0 p.u. and <see cref="Energised"/> false.</summary>
/// <param name="BusId">External bus id.</param>
/// <param name="VmPu">Voltage magnitude, p.u.</param>
/// <param name="VaDeg">Voltage angle, degrees.</param>
/// <param name="VmKv">Voltage magnitude, kV line-to-line.</param>
/// <param name="PMw">Net active injection (generation minus load), MW.</param>
/// <param name="QMvar">Net reactive injection, MVAr.</param>
/// <param name="Energised">False when the bus is out of service or in an island without slack.</param>
public sealed record BusResult(int BusId, double VmPu, double VaDeg, double VmKv, double PMw, double QMvar, bool Energised);
