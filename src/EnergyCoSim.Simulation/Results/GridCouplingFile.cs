namespace EnergyCoSim.Simulation.Results;

/// <summary>The contents of a coupled scenario's <c>grid.json</c>: a <see cref="GridCouplingResult"/> without its records.</summary>
internal sealed record GridCouplingFile
{
    public int FormatVersion { get; init; } = 1;

    public required string Feeder { get; init; }

    public required double VMinPu { get; init; }

    public required double VMaxPu { get; init; }

    public required double IntervalHours { get; init; }

    public int MaxIterations { get; init; }

    public required IReadOnlyList<int> BusIds { get; init; }

    public IReadOnlyList<int> FixedVoltageBuses { get; init; } = [];

    public required IReadOnlyList<string> Branches { get; init; }

    public int Intervals { get; init; }
}
