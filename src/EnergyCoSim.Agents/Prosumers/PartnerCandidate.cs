namespace EnergyCoSim.Agents.Prosumers;

/// <summary>A possible trading partner as the selecting agent sees it.</summary>
/// <param name="AgentId">The candidate's id.</param>
/// <param name="NodeId">The candidate's grid node, or null.</param>
/// <param name="Reputation">The candidate's current reputation, in [0, 1].</param>
public sealed record PartnerCandidate(string AgentId, string? NodeId, double Reputation);
