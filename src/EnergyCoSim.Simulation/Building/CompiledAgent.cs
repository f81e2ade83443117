using EnergyCoSim.Agents.Prosumers;

namespace EnergyCoSim.Simulation.Building;

/// <summary>One agent of a compiled scenario: its validated spec and the scenario entry it came from.</summary>
/// <param name="Spec">Validated prosumer definition (capacity and battery size already drawn).</param>
/// <param name="SectionIndex">Index of the entry in the scenario's agents list.</param>
/// <param name="PinnedNode">Node the file pins the agent to, or null.</param>
public sealed record CompiledAgent(ProsumerAgentSpec Spec, int SectionIndex, string? PinnedNode);
