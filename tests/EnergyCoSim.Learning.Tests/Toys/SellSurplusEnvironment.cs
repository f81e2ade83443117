using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Tests.Toys;

/// <summary>
/// One prosumer, four steps. Each step it holds a random surplus s ∈ [2, 8] kWh; selling q at price p earns
/// p·min(q, s)/1000 and over-selling costs p·(q − s)/1000 (bought back); buying costs p·q/1000.
/// Optimum: sell exactly s at the highest admissible price 600 → 0.6·s per step (expected 12 per episode).
/// </summary>
internal sealed class SellSurplusEnvironment : IMultiAgentEnvironment
{
    public const int Steps = 4;
    private readonly RandomStreams _streams = new(7);
    private RandomStream _rng = new(1);
    private int _t;
    private double _surplus;

    public IReadOnlyList<string> AgentIds { get; } = ["seller"];

    public int ObservationSize => 2;

    public IReadOnlyList<ActionBox> ActionBoxes { get; } = [new ActionBox(20, 600, 0.1, 10, 1)];

    public int MaxSteps => Steps;

    public double LastSurplus => _surplus;

    public void Reset(long episode, Span<float> observations)
    {
        _rng = _streams.For("surplus", null, episode);
        _t = 0;
        Observe(observations);
    }

    public bool Step(ReadOnlySpan<float> actions, Span<float> observations, Span<double> rewards)
    {
        var a = AgentAction.From(actions);
        rewards[0] = a.IsBuy
            ? -a.PriceUsdPerMWh * a.QuantityKWh / 1000
            : a.PriceUsdPerMWh * (Math.Min(a.QuantityKWh, _surplus) - Math.Max(0, a.QuantityKWh - _surplus)) / 1000;
        _t++;
        Observe(observations);
        return _t >= Steps;
    }

    private void Observe(Span<float> observations)
    {
        _surplus = _rng.Uniform(2, 8);
        observations[0] = (float)_surplus;
        observations[1] = _t;
    }
}
