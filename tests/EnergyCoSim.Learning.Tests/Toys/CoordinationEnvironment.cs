using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Tests.Toys;

/// <summary>
/// Two agents, four steps, a shared team reward: +1 when exactly one of them buys (a P2P match), minus the mismatch
/// |q0 − q1| / 10 of their quantities (box [0.1, 10]). Optimum: opposite sides, equal quantities → 1 per step,
/// 4 per episode for each agent.
/// </summary>
internal sealed class CoordinationEnvironment : IMultiAgentEnvironment
{
    public const int Steps = 4;
    private int _t;

    public IReadOnlyList<string> AgentIds { get; } = ["a", "b"];

    public int ObservationSize => 2;

    public IReadOnlyList<ActionBox> ActionBoxes { get; } = [new ActionBox(20, 600, 0.1, 10, 2), new ActionBox(20, 600, 0.1, 10, 2)];

    public int MaxSteps => Steps;

    public void Reset(long episode, Span<float> observations)
    {
        _t = 0;
        Observe(observations);
    }

    public bool Step(ReadOnlySpan<float> actions, Span<float> observations, Span<double> rewards)
    {
        var a = AgentAction.From(actions[..4]);
        var b = AgentAction.From(actions.Slice(4, 4));
        var team = (a.IsBuy != b.IsBuy ? 1.0 : 0.0) - (Math.Abs(a.QuantityKWh - b.QuantityKWh) / 10);
        rewards[0] = team;
        rewards[1] = team;
        _t++;
        Observe(observations);
        return _t >= Steps;
    }

    private void Observe(Span<float> observations)
    {
        for (var i = 0; i < 2; i++)
        {
            observations[i * 2] = i;
            observations[(i * 2) + 1] = _t;
        }
    }
}
