namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>Where a tariff profile comes from: the random generator, a CSV column or inline values (USD/MWh).</summary>
public sealed class TariffSection
{
    /// <summary>random (default), csv or values.</summary>
    public string Source { get; init; } = "random";

    /// <summary>CSV file (source = csv), relative to the scenario file.</summary>
    public string? File { get; init; }

    /// <summary>CSV column name or zero-based index; omitted: a seeded random column.</summary>
    public string? Column { get; init; }

    /// <summary>Inline values, one per market interval (source = values).</summary>
    public List<double>? Values { get; init; }
}
