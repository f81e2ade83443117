namespace EnergyCoSim.FmuExport;

/// <summary>A saved FMU state: the instance's values and phase, and the inputs of every interval cleared so far.</summary>
internal sealed record MarketSlaveState
{
    public required SlavePhase Phase { get; init; }

    public required double StartTime { get; init; }

    public required double Time { get; init; }

    public required double[] Reals { get; init; }

    public required int[] Ints { get; init; }

    public required bool[] Bools { get; init; }

    public required string[] Strings { get; init; }

    /// <summary>False before exitInitializationMode (no environment yet).</summary>
    public bool HasEnvironment { get; init; }

    /// <summary>Inputs per cleared interval (generation and demand per agent in kW, then FIT and UP; negative: the scenario's).</summary>
    public double[][] Inputs { get; init; } = [];
}
