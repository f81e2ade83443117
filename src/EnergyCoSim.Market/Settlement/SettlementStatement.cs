using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Market.Settlement;

/// <summary>
/// Who delivered, received, paid and was paid in one interval. Conservation: Σ sold = Σ received + losses, and
/// Σ agent cash + DSO cash + fees collected = 0.
/// </summary>
/// <param name="Agents">Per agent (every agent with at least one trade).</param>
/// <param name="Dso">The DSO's energy trades (fees are kept apart in <paramref name="FeesCollected"/>).</param>
/// <param name="FeesCollected">Network fees collected from P2P trades (received by the network operator).</param>
/// <param name="TransmissionLosses">Energy lost in transport.</param>
public sealed record SettlementStatement(
    IReadOnlyDictionary<string, ParticipantSettlement> Agents,
    ParticipantSettlement Dso,
    MoneyUsd FeesCollected,
    EnergyKWh TransmissionLosses)
{
    /// <summary>The settlement of <paramref name="agentId"/>, or an empty one when it did not trade.</summary>
    public ParticipantSettlement For(string agentId) => Agents.TryGetValue(agentId, out var s) ? s : ParticipantSettlement.Empty;
}
