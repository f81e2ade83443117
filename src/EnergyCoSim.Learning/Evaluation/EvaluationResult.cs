using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Learning.Evaluation;

/// <summary>One contender's results over the same episodes: team and per-agent episode rewards, averaged environment metrics.</summary>
public sealed record EvaluationResult(
    string Contender,
    int Episodes,
    AgentRewardStats Overall,
    IReadOnlyList<AgentRewardStats> PerAgent,
    IReadOnlyDictionary<string, double> Metrics);
