using System.Reflection;
using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Reporting;

/// <summary>Renders every figure of a run and writes <c>report.html</c> into the run directory (PNGs in <c>figures/</c> or embedded).</summary>
public static class RunReport
{
    /// <summary>File name of the report.</summary>
    public const string FileName = "report.html";

    /// <summary>Folder of the PNGs beside the report.</summary>
    public const string FiguresFolder = "figures";

    /// <summary>The EnergyCoSim version of this assembly (informational version without the commit suffix).</summary>
    public static string Version =>
        typeof(RunReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Reads an existing run directory (and its learning_curves.csv if present) and writes its report; returns the report's path.</summary>
    public static string WriteFromDirectory(string runDirectory, ReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var run = RunDirectoryReader.Read(runDirectory);
        var curvesPath = Path.Combine(runDirectory, RunFiles.LearningCurves);
        var curves = File.Exists(curvesPath) ? LearningCurveCsv.Read(curvesPath) : null;
        return Write(runDirectory, run, options, curves, cancellationToken);
    }

    /// <summary>
    /// For <c>run --report</c>: writes the run directory (CSV + JSON) of <paramref name="results"/> and its report in one call;
    /// returns the report's path.
    /// </summary>
    public static string WriteRunAndReport(string runDirectory, IReadOnlyList<ScenarioResult> results, ReportOptions? options = null,
        IReadOnlyList<LearningCurvePoint>? learningCurves = null, CancellationToken cancellationToken = default)
    {
        RunDirectoryWriter.Write(runDirectory, results, Version);
        if (learningCurves is not null)
        {
            LearningCurveCsv.Write(Path.Combine(runDirectory, RunFiles.LearningCurves), learningCurves);
        }

        var run = new RunOutput(RunDirectoryWriter.BuildRunSummary(results, Version), results);
        return Write(runDirectory, run, options, learningCurves, cancellationToken);
    }

    /// <summary>Writes the report of <paramref name="run"/> into <paramref name="runDirectory"/>; returns the report's path.</summary>
    public static string Write(string runDirectory, RunOutput run, ReportOptions? options = null, IReadOnlyList<LearningCurvePoint>? learningCurves = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        options ??= new ReportOptions();
        Directory.CreateDirectory(runDirectory);
        var figuresDir = Path.Combine(runDirectory, FiguresFolder);
        ReportFigure Place(Figure f, string? scenario)
        {
            if (options.EmbedImages)
            {
                return new ReportFigure(f, "data:image/png;base64," + Convert.ToBase64String(f.Png));
            }

            var folder = scenario is null ? figuresDir : Path.Combine(figuresDir, RunDirectoryWriter.ScenarioFolderName(scenario));
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, f.Name + ".png"), f.Png);
            var relative = scenario is null ? $"{FiguresFolder}/{f.Name}.png" : $"{FiguresFolder}/{RunDirectoryWriter.ScenarioFolderName(scenario)}/{f.Name}.png";
            return new ReportFigure(f, relative);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var cross = new[] { StorageCoordinationPanel.Render(run.Scenarios), StrategyPerformancePanel.Render(run.Scenarios) }.Select(f => Place(f, null)).ToArray();
        var learning = learningCurves is null ? null : Place(LearningCurveFigure.Render(learningCurves), null);
        var perScenario = new Dictionary<string, IReadOnlyList<ReportFigure>>(StringComparer.Ordinal);
        var grid = new Dictionary<string, IReadOnlyList<ReportFigure>>(StringComparer.Ordinal);
        foreach (var s in run.Scenarios)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var figures = ScenarioFigures.RenderAll(s);
            if (!options.AllDistributionKinds)
            {
                figures = figures.Where(f => !f.Name.StartsWith("statistical_distribution_", StringComparison.Ordinal) || f.Name == DistributionFigure.NameOf(DistributionKind.Violin)).ToArray();
            }

            perScenario[s.Scenario] = figures.Select(f => Place(f, s.Scenario)).ToArray();
            if (s.Coupling is { } coupling)
            {
                grid[s.Scenario] = GridFigures(s.Scenario, coupling).Select(f => Place(f, s.Scenario)).ToArray();
            }
        }

        var path = Path.Combine(runDirectory, FileName);
        File.WriteAllText(path, HtmlReportWriter.Render(run, options, Version, cross, perScenario, learning, grid));
        return Path.GetFullPath(path);
    }

    /// <summary>The figures of a coupled scenario's grid page, in page order.</summary>
    public static IReadOnlyList<Figure> GridFigures(string scenario, GridCouplingResult coupling) =>
        [GridCouplingFigure.Render(scenario, coupling), GridStepsFigure.Render(scenario, coupling)];
}
