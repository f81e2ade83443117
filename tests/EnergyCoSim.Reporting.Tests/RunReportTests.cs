using System.Text.RegularExpressions;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Tests.Results;

namespace EnergyCoSim.Reporting.Tests;

public sealed partial class RunReportTests
{
    [Fact]
    public void WriteFromDirectory_SmallRun_LinksEveryFigureAndEveryLinkExists()
    {
        using var dir = new TempDirectory();
        var results = SyntheticResults.Run(scenarios: 2, agents: 3, steps: 6);
        RunDirectoryWriter.Write(dir.Path, results, "9.9.9-test", "test machine");
        LearningCurveCsv.Write(Path.Combine(dir.Path, RunFiles.LearningCurves), [new("ppo", "ctde", 0, 1, 0, 2), new("ppo", "ctde", 1, 2, 1, 3)]);

        var path = RunReport.WriteFromDirectory(dir.Path);

        Assert.Equal(Path.Combine(dir.Path, RunReport.FileName), path);
        var html = File.ReadAllText(path);
        var sources = ImgSrc().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(2 + 1 + (2 * 19), sources.Length);
        Assert.All(sources, s => Assert.True(File.Exists(Path.Combine(dir.Path, s)), s));
        var pngs = Directory.EnumerateFiles(Path.Combine(dir.Path, RunReport.FiguresFolder), "*.png", SearchOption.AllDirectories).Count();
        Assert.Equal(sources.Length, pngs);
        Assert.Equal(sources.Length, Regex.Count(html, "<figcaption>"));
        Assert.Contains("9.9.9-test", html, StringComparison.Ordinal);
        Assert.Contains(RunReport.Version, html, StringComparison.Ordinal);
        Assert.Contains("<td>Seed</td><td>42</td>", html, StringComparison.Ordinal);
        Assert.Contains("Battery Storage Coordination Analysis", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmbedImages_IsOneSelfContainedFile()
    {
        using var dir = new TempDirectory();
        var results = SyntheticResults.Run(scenarios: 1, agents: 3, steps: 4);
        var run = new RunOutput(new RunSummary { EnergyCoSimVersion = "1", Machine = "m", Scenarios = ["no_battery"], Ranking = ["no_battery"], Performance = new Dictionary<string, PerformanceSummary>() }, results);

        var path = RunReport.Write(dir.Path, run, new ReportOptions { EmbedImages = true, AllDistributionKinds = false });

        var html = File.ReadAllText(path);
        var sources = ImgSrc().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(2 + 15, sources.Length);
        Assert.All(sources, s => Assert.StartsWith("data:image/png;base64,", s, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, RunReport.FiguresFolder)));
    }

    [Fact]
    public void Write_ScenarioNameWithMarkup_IsEscaped()
    {
        using var dir = new TempDirectory();
        var s = SyntheticResults.Scenario("<script>x&y</script>", 1, 3, 4) with { Settings = [new("note", "a<b")] };
        var run = new RunOutput(new RunSummary { EnergyCoSimVersion = "1", Machine = "m", Scenarios = [s.Scenario], Ranking = [s.Scenario], Performance = new Dictionary<string, PerformanceSummary>() }, [s]);

        var html = File.ReadAllText(RunReport.Write(dir.Path, run, new ReportOptions { EmbedImages = true, AllDistributionKinds = false }));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;x&amp;y&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a&lt;b", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRunAndReport_Results_WritesCsvSummaryAndReport()
    {
        using var dir = new TempDirectory();

        var path = RunReport.WriteRunAndReport(dir.Path, SyntheticResults.Run(scenarios: 1, agents: 3, steps: 4), new ReportOptions { AllDistributionKinds = false });

        Assert.True(File.Exists(path));
        Assert.True(File.Exists(Path.Combine(dir.Path, "no_battery", RunFiles.Trades)));
        Assert.Equal(RunReport.Version, RunDirectoryReader.Read(dir.Path).Summary.EnergyCoSimVersion);
    }

    [Fact]
    public void WriteFromDirectory_CoupledScenario_HasTheGridPageWithItsFiguresAndHandComputedSummary()
    {
        using var dir = new TempDirectory();
        var results = SyntheticResults.Run(scenarios: 2, agents: 3, steps: 3);
        var coupled = results[0] with { Coupling = GridCouplingTestData.ThreeIntervals() };
        RunDirectoryWriter.Write(dir.Path, [coupled, results[1]], "1.0.0", "machine");

        var html = File.ReadAllText(RunReport.WriteFromDirectory(dir.Path, new ReportOptions { AllDistributionKinds = false }));

        var folder = RunDirectoryWriter.ScenarioFolderName(coupled.Scenario);
        Assert.Contains($"<h2 id=\"grid-{coupled.Scenario.Replace('_', '-')}\">Grid (power flow): {coupled.Scenario}</h2>", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "Grid \\(power flow\\): "));
        foreach (var name in new[] { GridCouplingFigure.Name, GridStepsFigure.Name })
        {
            Assert.Contains($"<img src=\"{RunReport.FiguresFolder}/{folder}/{name}.png\"", html, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir.Path, RunReport.FiguresFolder, folder, name + ".png")), name);
        }

        // The hand-made records: 1.062 pu at bus 808 in interval 1, 0.94 at 806 in interval 2, violations 0/2/1,
        // curtailed 0 + 7.75 + 1.5 kWh, losses (12 + 20.5 + 8) kW × 0.5 h, clearings 1/3/4 with a cap of 4.
        Assert.Contains("<td>Highest voltage (pu)</td><td>1.0620 at bus 808, interval 1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Lowest voltage (pu)</td><td>0.9400 at bus 806, interval 2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Intervals with violations left</td><td>2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Curtailed / shed energy (kWh)</td><td>9.25</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Network losses (kWh)</td><td>20.25</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Most market clearings in one interval</td><td>4 (cap 4)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Unconverged intervals</td><td>1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GridFigures_HandMadeRecords_AreValidNonBlankPngs()
    {
        foreach (var figure in RunReport.GridFigures("tiny", GridCouplingTestData.ThreeIntervals()))
        {
            PngAssert.ValidAndNotBlank(figure);
            Assert.Equal((1600, 1200), (figure.Width, figure.Height));
        }
    }

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex ImgSrc();
}
