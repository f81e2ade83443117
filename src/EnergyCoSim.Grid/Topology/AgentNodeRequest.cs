namespace EnergyCoSim.Grid.Topology;

/// <summary>An agent to place on the grid, optionally pinned to a node.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="PinnedNodeId">The node to pin it to, or null for a seeded random free node.</param>
public sealed record AgentNodeRequest(string AgentId, string? PinnedNodeId = null);
