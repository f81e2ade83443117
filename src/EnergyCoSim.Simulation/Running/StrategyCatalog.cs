using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Simulation.Running;

/// <summary>Builds strategies by the names used in scenario files and on the command line.</summary>
public static class StrategyCatalog
{
    /// <summary>The strategy named <paramref name="name"/>; <c>policy</c> needs <paramref name="policy"/>.</summary>
    public static IAgentStrategy Create(string name, IPolicy? policy = null) => name switch
    {
        "zero-intelligence" => new ZeroIntelligenceStrategy(),
        "rule-based" => new RuleBasedStrategy(),
        "policy" when policy is not null => new PolicyStrategy(policy),
        "policy" => throw new ValidationException("strategy", name, "needs a trained policy (--checkpoint DIR)"),
        _ => throw new ValidationException("strategy", name, "is not one of zero-intelligence, rule-based, policy"),
    };
}
