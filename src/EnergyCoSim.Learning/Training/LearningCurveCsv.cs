using System.Globalization;
using System.Text;

namespace EnergyCoSim.Learning.Training;

/// <summary>
/// Writes a learning curve as CSV: algorithm, mode, iteration, episodes, agent steps, seconds, overall mean/min/max
/// episode reward, then mean/min/max per agent (<c>&lt;id&gt;_mean</c> …) and the environment's metrics.
/// </summary>
public static class LearningCurveCsv
{
    /// <summary>The CSV text of <paramref name="result"/>'s learning curve (invariant culture, round-trip numbers).</summary>
    public static string Format(TrainingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        var header = new List<string> { "algorithm", "mode", "iteration", "episodes", "agent_steps", "seconds", "reward_mean", "reward_min", "reward_max" };
        foreach (var id in result.AgentIds)
        {
            header.AddRange([$"{id}_reward_mean", $"{id}_reward_min", $"{id}_reward_max"]);
        }

        header.AddRange(result.MetricNames);
        sb.AppendLine(string.Join(',', header));
        foreach (var r in result.LearningCurve)
        {
            var row = new List<string>
            {
                r.Algorithm.ToString().ToLowerInvariant(),
                r.Mode.ToString().ToLowerInvariant(),
                r.Iteration.ToString(CultureInfo.InvariantCulture),
                r.Episodes.ToString(CultureInfo.InvariantCulture),
                r.AgentSteps.ToString(CultureInfo.InvariantCulture),
                N(r.Seconds), N(r.Overall.Mean), N(r.Overall.Min), N(r.Overall.Max),
            };
            foreach (var a in r.PerAgent)
            {
                row.AddRange([N(a.Mean), N(a.Min), N(a.Max)]);
            }

            row.AddRange(result.MetricNames.Select(m => r.Metrics.TryGetValue(m, out var v) ? N(v) : string.Empty));
            sb.AppendLine(string.Join(',', row));
        }

        return sb.ToString();
    }

    /// <summary>Writes <see cref="Format"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, TrainingResult result) => File.WriteAllText(path, Format(result));

    private static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
