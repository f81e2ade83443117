using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Benchmarks.Learning;

/// <summary>
/// A cheap stand-in with case 5's shape (7 agents, 42 observations, 24 hourly steps, MARLEM price box): it measures
/// the trainer's own cost (policy evaluation, buffers, updates), not the market's. The lead swaps in the LEM environment.
/// </summary>
public sealed class SyntheticMarketEnvironment : IMultiAgentEnvironment
{
    private const int Agents = 7;
    private int _t;
    private double _soc;

    public IReadOnlyList<string> AgentIds { get; } = Enumerable.Range(0, Agents).Select(i => $"agent{i}").ToArray();

    public int ObservationSize => 42;

    public IReadOnlyList<ActionBox> ActionBoxes { get; } = Enumerable.Range(0, Agents).Select(_ => new ActionBox(20, 600, 0.1, 50, Agents)).ToArray();

    public int MaxSteps => 24;

    public void Reset(long episode, Span<float> observations)
    {
        _t = 0;
        _soc = 0.5;
        Observe(observations);
    }

    public bool Step(ReadOnlySpan<float> actions, Span<float> observations, Span<double> rewards)
    {
        var price = 100 + (50 * Math.Sin(_t * Math.PI / 12));
        for (var i = 0; i < Agents; i++)
        {
            var a = AgentAction.From(actions.Slice(i * ActionBox.Size, ActionBox.Size));
            var sign = a.IsBuy ? -1 : 1;
            rewards[i] = sign * (price - Math.Abs(a.PriceUsdPerMWh - price)) * a.QuantityKWh / 1000;
            _soc = Math.Clamp(_soc - (sign * a.QuantityKWh / 1000), 0, 1);
        }

        _t++;
        Observe(observations);
        return _t >= MaxSteps;
    }

    private void Observe(Span<float> observations)
    {
        for (var i = 0; i < Agents; i++)
        {
            var o = observations.Slice(i * 42, 42);
            for (var k = 0; k < 42; k++)
            {
                o[k] = (float)((k * 0.01) + (i * 0.1) + (_t / 24.0) + _soc);
            }
        }
    }
}
