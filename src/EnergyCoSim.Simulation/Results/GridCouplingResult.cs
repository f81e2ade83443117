namespace EnergyCoSim.Simulation.Results;

/// <summary>The grid side of a market–grid coupled scenario: the feeder, the DSO's band and one record per market interval.</summary>
public sealed record GridCouplingResult
{
    /// <summary>Built-in feeder name (e.g. <c>ieee34</c>).</summary>
    public required string Feeder { get; init; }

    /// <summary>Lower edge of the voltage band, pu.</summary>
    public required double VMinPu { get; init; }

    /// <summary>Upper edge of the voltage band, pu.</summary>
    public required double VMaxPu { get; init; }

    /// <summary>Length of a market interval, h (losses kW × h = kWh).</summary>
    public required double IntervalHours { get; init; }

    /// <summary>Market clearings allowed per interval before it is reported unconverged.</summary>
    public int MaxIterations { get; init; }

    /// <summary>Feeder bus ids in case order (the columns of the voltages).</summary>
    public required IReadOnlyList<int> BusIds { get; init; }

    /// <summary>Buses whose voltage is held (slack, PV): no agent moves them, so they are never the worst bus.</summary>
    public IReadOnlyList<int> FixedVoltageBuses { get; init; } = [];

    /// <summary>Branch names in case order (<c>branch_&lt;from&gt;_&lt;to&gt;</c>, parallel ones <c>_2</c>…): the columns of the loadings.</summary>
    public required IReadOnlyList<string> Branches { get; init; }

    /// <summary>One record per market interval, in order.</summary>
    public required IReadOnlyList<GridStepRecord> Steps { get; init; }
}
