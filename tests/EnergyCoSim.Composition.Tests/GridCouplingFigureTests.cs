using EnergyCoSim.Reporting;
using EnergyCoSim.Simulation.Strategies;

namespace EnergyCoSim.Composition.Tests;

public sealed class GridCouplingFigureTests
{
    [Fact]
    public async Task Render_RecordsOfACoupledRun_GivesA1600By1200Png()
    {
        using var run = MarketGridCoupling.Build(CouplingScenarios.HeavyPv(4), new RuleBasedStrategy(), CouplingScenarios.LightBaranWu(), CouplingScenarios.FeederEnd);
        await run.RunAsync();
        var r = run.Recorder.Records;

        var figure = GridCouplingFigure.Render(
            "heavy-pv", run.Grid.Model.Case.Buses.Select(b => b.Id).ToArray(), r.Select(x => x.VoltagesPu).ToArray(), r.Select(x => x.LoadingsPct).ToArray(),
            r.Select(x => x.Iterations).ToArray(), r.Select(x => x.CurtailedKwh).ToArray(), 0.95, 1.05);

        Assert.Equal(GridCouplingFigure.Name, figure.Name);
        Assert.Equal((1600, 1200), (figure.Width, figure.Height));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, figure.Png.Take(4).ToArray());
    }
}
