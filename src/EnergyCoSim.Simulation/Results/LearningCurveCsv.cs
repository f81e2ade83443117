using static EnergyCoSim.Simulation.Results.RunCsv;

namespace EnergyCoSim.Simulation.Results;

/// <summary>Writes and reads <c>learning_curves.csv</c> (algorithm, mode, iteration, mean/min/max reward).</summary>
public static class LearningCurveCsv
{
    /// <summary>Writes the points sorted by algorithm, mode and iteration so the file is deterministic.</summary>
    public static void Write(string path, IEnumerable<LearningCurvePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        using var w = Create(path);
        WriteLine(w, [.. RunFiles.LearningCurvesHeader]);
        foreach (var p in points.OrderBy(p => p.Algorithm, StringComparer.Ordinal).ThenBy(p => p.Mode, StringComparer.Ordinal).ThenBy(p => p.Iteration))
        {
            WriteLine(w, Field(p.Algorithm), Field(p.Mode), I(p.Iteration), D(p.MeanReward), D(p.MinReward), D(p.MaxReward));
        }
    }

    /// <summary>
    /// Reads every point in file order. Columns are found by name, so the trainer's richer curve file (reward_mean,
    /// reward_min, reward_max plus per-agent and metric columns) reads as well; extra columns are ignored.
    /// </summary>
    public static IReadOnlyList<LearningCurvePoint> Read(string path)
    {
        var (header, rows) = RunCsv.ReadLoose(path);
        int Col(params string[] names)
        {
            var i = Array.FindIndex(header, h => names.Contains(h, StringComparer.Ordinal));
            return i >= 0 ? i : throw new Core.Errors.ValidationException($"{Path.GetFileName(path)}:header", string.Join(',', header), $"missing column {names[0]}");
        }

        var (algo, mode, iter) = (Col("algorithm"), Col("mode"), Col("iteration"));
        var (mean, min, max) = (Col("mean_reward", "reward_mean"), Col("min_reward", "reward_min"), Col("max_reward", "reward_max"));
        return rows.Select(f => new LearningCurvePoint(f[algo], f[mode], ParseI(f[iter]), ParseD(f[mean]), ParseD(f[min]), ParseD(f[max]))).ToArray();
    }
}
