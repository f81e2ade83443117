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

    /// <summary>Reads every point in file order.</summary>
    public static IReadOnlyList<LearningCurvePoint> Read(string path) =>
        RunCsv.Read(path, RunFiles.LearningCurvesHeader)
            .Select(f => new LearningCurvePoint(f[0], f[1], ParseI(f[2]), ParseD(f[3]), ParseD(f[4]), ParseD(f[5])))
            .ToArray();
}
