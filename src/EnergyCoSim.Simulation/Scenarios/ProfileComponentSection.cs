namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>
/// A profile source component of a co-simulation (<c>cosim.profiles[]</c>): a CSV time series or a seeded generator,
/// connected like any component (e.g. to <c>market.&lt;agent&gt;.generation_kw</c>).
/// </summary>
public sealed class ProfileComponentSection
{
    /// <summary>Component name (unique; not market, grid or dso).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>csv, solar, residential or random.</summary>
    public string Kind { get; init; } = "csv";

    /// <summary>CSV file relative to the scenario file (kind csv).</summary>
    public string? File { get; init; }

    /// <summary>Time column of the CSV, seconds from the run's start (kind csv).</summary>
    public string TimeColumn { get; init; } = "time_s";

    /// <summary>Value columns that become outputs (kind csv; default: every other column).</summary>
    public List<string>? Columns { get; init; }

    /// <summary>Unit of the CSV values (kind csv), checked by the master against every connected input.</summary>
    public string Unit { get; init; } = "kW";

    /// <summary>hold or linear between CSV rows (kind csv).</summary>
    public string Interpolation { get; init; } = "hold";

    /// <summary>Capacity the solar/residential shape is scaled to, kW.</summary>
    public double CapacityKw { get; init; }

    /// <summary>Lower bound of the random kind, kW.</summary>
    public double MinKw { get; init; }

    /// <summary>Upper bound of the random kind, kW.</summary>
    public double MaxKw { get; init; }

    /// <summary>Seed of the generator; default: a stream of the scenario seed named after the component.</summary>
    public ulong? Seed { get; init; }
}
