using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>
/// Solar-like generation (spec §6.2): a Gaussian bell between 6 h and 18 h peaking at noon, a per-episode cloud
/// factor and per-interval noise, scaled by capacity, rounded and smoothed (window max(3, steps/10)).
/// </summary>
/// <param name="Decimals">Rounding of the kWh values.</param>
public sealed record SolarGenerationSource(int Decimals = 1) : IProfileSource
{
    /// <inheritdoc />
    public double[] Generate(int steps, double capacityKW, RandomStream random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        ArgumentNullException.ThrowIfNull(random);
        var noise = steps == 24 ? 0.1 : 0.05;
        var cloud = random.Uniform(0, 1);
        var peak = 1.0 - (0.5 * cloud);
        var values = new double[steps];
        for (var i = 0; i < steps; i++)
        {
            var h = ProfileSmoothing.HourOf(i, steps);
            if (h < 6 || h > 18)
            {
                continue;
            }

            var shape = (h - 12) / 6;
            var bell = peak * Math.Exp(-(shape * shape));
            var cloudNoise = random.Uniform(-0.2 * cloud, 0.2 * cloud);
            var n = random.Uniform(-noise, noise);
            values[i] = Math.Max(0, (bell + n + cloudNoise) * capacityKW);
        }

        return ProfileSmoothing.Smooth(ProfileSmoothing.Round(values, Decimals), Math.Max(3, steps / 10), Decimals);
    }
}
