using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Simulation.Tests.Support;

/// <summary>Seeded random actions and a step trace (prices, volumes, rewards, observations) to compare runs bit for bit.</summary>
internal static class EnvironmentRuns
{
    /// <summary>Steps <paramref name="env"/> from interval <paramref name="from"/> to <paramref name="to"/> and returns one line per step.</summary>
    public static string[] Run(LocalEnergyMarketEnvironment env, float[][] actions, int from, int to)
    {
        var obs = new float[env.AgentIds.Count * env.ObservationSize];
        var rewards = new double[env.AgentIds.Count];
        var trace = new List<string>();
        for (var t = from; t < to; t++)
        {
            env.Step(actions[t], obs, rewards);
            var last = env.MarketHistory[^1];
            trace.Add(FormattableString.Invariant($"{t};{last.ClearingPrice:R};{last.ClearingVolume:R};{string.Join(',', rewards.Select(r => r.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))};{string.Join(',', obs.Take(60))}"));
        }

        return [.. trace];
    }

    /// <summary>One uniformly drawn action per agent and interval inside each agent's box.</summary>
    public static float[][] ActionSequence(LocalEnergyMarketEnvironment env, ulong seed)
    {
        var random = new RandomStream(seed);
        return Enumerable.Range(0, env.MaxSteps).Select(_ =>
        {
            var a = new float[env.AgentIds.Count * ActionBox.Size];
            for (var i = 0; i < env.AgentIds.Count; i++)
            {
                var box = env.ActionBoxes[i];
                new AgentAction(random.Uniform(box.MinPrice, box.MaxPrice), random.Uniform(box.MinQuantity, box.MaxQuantity), random.NextDouble(), random.Uniform(0, box.AgentCount + 1))
                    .CopyTo(a.AsSpan(i * ActionBox.Size, ActionBox.Size));
            }

            return a;
        }).ToArray();
    }
}
