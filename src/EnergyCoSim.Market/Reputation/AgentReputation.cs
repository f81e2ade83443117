namespace EnergyCoSim.Market.Reputation;

/// <summary>An agent and its reputation in [0, 1].</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Reputation">Its reputation.</param>
public sealed record AgentReputation(string AgentId, double Reputation);
