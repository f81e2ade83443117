namespace EnergyCoSim.Grid.Network;

/// <summary>A bus–bus switch. Closed switches merge their buses before the solve (no near-zero impedances).</summary>
/// <param name="BusA">One bus id.</param>
/// <param name="BusB">The other bus id.</param>
/// <param name="Closed">True when closed.</param>
/// <param name="Name">Optional label.</param>
public sealed record BusSwitch(int BusA, int BusB, bool Closed, string? Name = null);
