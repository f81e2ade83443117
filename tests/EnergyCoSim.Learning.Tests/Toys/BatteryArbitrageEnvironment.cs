using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Tests.Toys;

/// <summary>
/// One battery (5 kWh, starts empty) over eight steps with prices alternating 50 (even steps) and 500 (odd steps)
/// USD/MWh. Buying charges, selling discharges, both at the step's price (the own price action is ignored).
/// Optimum: charge 5 kWh at every low step, discharge 5 kWh at every high step → 4 · 450 · 5 / 1000 = 9.
/// </summary>
internal sealed class BatteryArbitrageEnvironment : IMultiAgentEnvironment
{
    public const int Steps = 8;
    public const double Capacity = 5;
    private int _t;
    private double _energy;

    public IReadOnlyList<string> AgentIds { get; } = ["battery"];

    public int ObservationSize => 3;

    public IReadOnlyList<ActionBox> ActionBoxes { get; } = [new ActionBox(20, 600, 0.1, Capacity, 1)];

    public int MaxSteps => Steps;

    public static double Price(int t) => t % 2 == 0 ? 50 : 500;

    public void Reset(long episode, Span<float> observations)
    {
        _t = 0;
        _energy = 0;
        Observe(observations);
    }

    public bool Step(ReadOnlySpan<float> actions, Span<float> observations, Span<double> rewards)
    {
        var a = AgentAction.From(actions);
        var price = Price(_t);
        if (a.IsBuy)
        {
            var charged = Math.Min(a.QuantityKWh, Capacity - _energy);
            _energy += charged;
            rewards[0] = -price * charged / 1000;
        }
        else
        {
            var discharged = Math.Min(a.QuantityKWh, _energy);
            _energy -= discharged;
            rewards[0] = price * discharged / 1000;
        }

        _t++;
        Observe(observations);
        return _t >= Steps;
    }

    private void Observe(Span<float> observations)
    {
        observations[0] = (float)(Price(_t) / 500);
        observations[1] = (float)(_energy / Capacity);
        observations[2] = _t;
    }
}
