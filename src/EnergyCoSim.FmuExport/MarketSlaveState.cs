using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Environments;

namespace EnergyCoSim.FmuExport;

/// <summary>A saved FMU state: the instance's values and phase, the environment snapshot and its replay bytes, strategy streams.</summary>
internal sealed record MarketSlaveState
{
    public required SlavePhase Phase { get; init; }

    public required double StartTime { get; init; }

    public required double Time { get; init; }

    public required double[] Reals { get; init; }

    public required int[] Ints { get; init; }

    public required bool[] Bools { get; init; }

    public required string[] Strings { get; init; }

    /// <summary>Null while the environment is not built yet (before exitInitializationMode).</summary>
    public EnvironmentSnapshot? Environment { get; init; }

    /// <summary>The environment state as replay bytes (what serialisation writes).</summary>
    public byte[] EnvironmentBytes { get; init; } = [];

    public RandomStreamState[] Streams { get; init; } = [];
}
