using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Simulation.Building;

/// <summary>
/// Wraps a profile source with the scenario's <c>scale_kw</c> (scale by a fixed power instead of the agent's
/// capacity) and <c>noise</c> (each value × (1 + U(−noise, noise)) from the agent's profile stream).
/// </summary>
internal sealed record ShapedProfileSource(IProfileSource Inner, double? ScaleKW, double Noise) : IProfileSource
{
    public double[] Generate(int steps, double capacityKW, RandomStream random)
    {
        var values = Inner.Generate(steps, ScaleKW ?? capacityKW, random);
        if (Noise > 0)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Math.Max(0, values[i] * (1 + random.Uniform(-Noise, Noise)));
            }
        }

        return values;
    }
}
