using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>The capacity in every interval times <see cref="PerUnit"/> (MARLEM's <c>constant=True</c> has PerUnit 1). Draws nothing.</summary>
/// <param name="PerUnit">Fraction of capacity, ≥ 0.</param>
public sealed record ConstantProfileSource(double PerUnit = 1.0) : IProfileSource
{
    /// <inheritdoc />
    public double[] Generate(int steps, double capacityKW, RandomStream random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        return Enumerable.Repeat(PerUnit * capacityKW, steps).ToArray();
    }
}
