using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>Fixed kWh values given in the scenario, used as they are (not scaled by capacity). Draws nothing.</summary>
public sealed class InlineProfileSource : IProfileSource
{
    private readonly double[] _kwh;

    /// <summary>Creates the source; the values are validated like any <see cref="EnergyProfile"/>.</summary>
    public InlineProfileSource(IEnumerable<double> kwhPerInterval) => _kwh = new EnergyProfile(kwhPerInterval, "values").Values.ToArray();

    /// <inheritdoc />
    public double[] Generate(int steps, double capacityKW, RandomStream random) =>
        steps == _kwh.Length
            ? (double[])_kwh.Clone()
            : throw new ArgumentException($"inline profile has {_kwh.Length} values but the episode has {steps} intervals", nameof(steps));
}
