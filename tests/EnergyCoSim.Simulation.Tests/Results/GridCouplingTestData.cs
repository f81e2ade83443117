using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Simulation.Tests.Results;

/// <summary>A hand-made coupled run: 4 buses (800 slack, 802, 806, 808), 3 branches, 3 half-hour intervals.</summary>
public static class GridCouplingTestData
{
    public static GridCouplingResult ThreeIntervals() => new()
    {
        Feeder = "tiny",
        VMinPu = 0.95,
        VMaxPu = 1.05,
        IntervalHours = 0.5,
        MaxIterations = 4,
        BusIds = [800, 802, 806, 808],
        FixedVoltageBuses = [800],
        Branches = ["branch_800_802", "branch_802_806", "branch_806_808"],
        Steps =
        [
            new GridStepRecord(0, 1, true, 0.97, 1.0, 808, 40, 12, 0, 0, 110.5, 3.25, [1.0, 0.99, 0.98, 0.97], [40, 30, 10]),
            new GridStepRecord(1, 3, true, 1.0, 1.062, 808, 95.5, 20.5, 2, 7.75, 0.1 + 0.2, 0, [1.0, 1.02, 1.048, 1.062], [95.5, 60, 20]),
            new GridStepRecord(2, 4, false, 0.94, 1.0, 806, 120.25, 8, 1, 1.5, 99, 1e-17, [1.0, 0.96, 0.94, 0.0], [120.25, 80, 0]),
        ],
    };
}
