using EnergyCoSim.Grid.IO;
using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.Tests;

internal static class TestCases
{
    public static GridCase Load(string file) => JsonCaseReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", file));

    /// <summary>Two buses joined by one branch; bus 1 slack at 1∠0.</summary>
    public static GridCase TwoBus(Branch branch, Load? load = null, Generator? gen2 = null, BusType type2 = BusType.PQ, double kv1 = 10, double kv2 = 10) =>
        new("two-bus", 100,
            [new Bus(1, BusType.Slack, kv1), new Bus(2, type2, kv2)],
            [branch],
            gen2 is null ? [new Generator(1, 0)] : [new Generator(1, 0), gen2],
            load is null ? [] : [load]);
}
