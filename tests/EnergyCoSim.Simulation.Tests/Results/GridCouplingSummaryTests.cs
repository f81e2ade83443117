using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Simulation.Tests.Results;

public sealed class GridCouplingSummaryTests
{
    [Fact]
    public void Of_ThreeHandMadeIntervals_GivesTheHandComputedFigures()
    {
        var s = GridCouplingSummary.Of(GridCouplingTestData.ThreeIntervals());

        Assert.Equal(3, s.Intervals);

        // Highest: 1.062 at bus 808 in interval 1; lowest energised: 0.94 at bus 806 in interval 2 (bus 808 at 0 is de-energised).
        Assert.Equal((1.062, 808, 1), (s.MaxVoltagePu, s.MaxVoltageBus, s.MaxVoltageStep));
        Assert.Equal((0.94, 806, 2), (s.MinVoltagePu, s.MinVoltageBus, s.MinVoltageStep));
        Assert.Equal(120.25, s.MaxLoadingPct);

        // Violations 0, 2, 1: two intervals, three in all. Curtailed 0 + 7.75 + 1.5. Losses (12 + 20.5 + 8) kW × 0.5 h.
        Assert.Equal(2, s.IntervalsWithViolations);
        Assert.Equal(3, s.Violations);
        Assert.Equal(9.25, s.CurtailedKwh);
        Assert.Equal(20.25, s.LossesKwh);

        // Clearings 1, 3, 4: max 4, two re-cleared, the last one unconverged.
        Assert.Equal(4, s.MaxIterations);
        Assert.Equal(2, s.IntervalsReCleared);
        Assert.Equal(1, s.UnconvergedIntervals);
    }

    [Fact]
    public void Of_NoIntervals_IsEmptyWithUndefinedVoltages()
    {
        var s = GridCouplingSummary.Of(GridCouplingTestData.ThreeIntervals() with { Steps = [] });

        Assert.Equal(0, s.Intervals);
        Assert.True(double.IsNaN(s.MaxVoltagePu));
        Assert.Equal(-1, s.MinVoltageBus);
        Assert.Equal(0, s.LossesKwh);
    }
}
