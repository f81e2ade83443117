using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Simulation.Strategies;

/// <summary>The policy slot: actions come from a learned <see cref="IPolicy"/>, clamped to the agent's box.</summary>
public sealed class PolicyStrategy : IAgentStrategy
{
    private readonly IPolicy _policy;

    /// <summary>Wraps <paramref name="policy"/>.</summary>
    public PolicyStrategy(IPolicy policy) => _policy = policy;

    /// <inheritdoc />
    public string Name => "policy";

    /// <inheritdoc />
    public AgentAction Decide(in AgentDecisionContext context)
    {
        Span<float> action = stackalloc float[ActionBox.Size];
        _policy.Act(context.AgentIndex, context.Observation.Span, action);
        return context.Box.Clamp(AgentAction.From(action));
    }
}
