using EnergyCoSim.Core.Random;

namespace EnergyCoSim.FmuExport;

/// <summary>A saved FMU state: the instance's values and phase, the environment's replay bytes, strategy streams.</summary>
internal sealed record MarketSlaveState
{
    public required SlavePhase Phase { get; init; }

    public required double StartTime { get; init; }

    public required double Time { get; init; }

    public required double[] Reals { get; init; }

    public required int[] Ints { get; init; }

    public required bool[] Bools { get; init; }

    public required string[] Strings { get; init; }

    /// <summary>The environment state as replay bytes; empty while the environment is not built (before exitInitializationMode).</summary>
    public byte[] EnvironmentBytes { get; init; } = [];

    public RandomStreamState[] Streams { get; init; } = [];
}
