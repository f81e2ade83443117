using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Networks;

/// <summary>Maps normalised actions in [-1, 1] to an agent's action box (clipped for PPO/APPO, tanh-squashed for SAC).</summary>
internal static class ActionMapping
{
    public static void ToBox(ReadOnlySpan<float> normalised, ActionBox box, Span<float> action, bool squash)
    {
        var low = box.Low;
        var high = box.High;
        for (var d = 0; d < ActionBox.Size; d++)
        {
            var u = squash ? MathF.Tanh(normalised[d]) : Math.Clamp(normalised[d], -1f, 1f);
            action[d] = (float)(low[d] + ((u + 1.0) * 0.5 * (high[d] - low[d])));
        }
    }
}
