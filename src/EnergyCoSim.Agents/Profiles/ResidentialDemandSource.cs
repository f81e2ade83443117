using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>
/// Residential demand (spec §6.2): morning (7–9 h) and evening (19–21 h) peaks, a night valley (1–6 h), noise,
/// scaled by capacity, rounded and smoothed (window max(3, steps/10)).
/// </summary>
/// <param name="Decimals">Rounding of the kWh values.</param>
public sealed record ResidentialDemandSource(int Decimals = 1) : IProfileSource
{
    /// <inheritdoc />
    public double[] Generate(int steps, double capacityKW, RandomStream random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        ArgumentNullException.ThrowIfNull(random);
        var noise = steps == 24 ? 0.1 : 0.05;
        var values = new double[steps];
        for (var i = 0; i < steps; i++)
        {
            var h = ProfileSmoothing.HourOf(i, steps);
            var bas = (h >= 7 && h < 9) || (h >= 19 && h < 21) ? random.Uniform(0.7, 1.0)
                : h >= 1 && h < 6 ? random.Uniform(0.2, 0.4)
                : random.Uniform(0.4, 0.7);
            var n = random.Uniform(-noise, noise);
            values[i] = Math.Max(0, (bas + n) * capacityKW);
        }

        return ProfileSmoothing.Smooth(ProfileSmoothing.Round(values, Decimals), Math.Max(3, steps / 10), Decimals);
    }
}
