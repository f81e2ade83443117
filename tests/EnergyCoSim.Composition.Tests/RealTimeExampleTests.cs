using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Composition.Tests;

public sealed class RealTimeExampleTests
{
    [Fact]
    public async Task RealTimeExample_PacedAtFactor60_ReportsDeadlineStatisticsForEveryInterval()
    {
        var doc = ScenarioLoader.Load(CosimExampleTests.Example("cosim-realtime", "realtime.yaml"));
        using var run = CosimScenario.Build(doc);
        var started = DateTime.UtcNow;
        var report = await run.RunAsync();

        Assert.True(report.Succeeded, report.Failure?.Reason);
        Assert.NotNull(report.Deadlines);
        Assert.Equal(3, report.Deadlines!.Steps);
        Assert.Equal(3, run.Recorder.Records.Count);

        // The first interval starts at once; the next two are due 1 s and 2 s later (60 s each at factor 60).
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1.9));
    }
}
