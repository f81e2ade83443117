namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>
/// A generation or demand profile and its shaping. Shaping (multiplier, windows, clip) is applied at every reset,
/// after the source is scaled to the agent's capacity.
/// </summary>
public sealed class ProfileSection
{
    /// <summary>solar or residential (generators), constant, csv or values.</summary>
    public string? Source { get; init; }

    /// <summary>CSV file (source = csv), relative to the scenario file; values are per-unit shapes.</summary>
    public string? File { get; init; }

    /// <summary>CSV column name or zero-based index; omitted: a seeded random column.</summary>
    public string? Column { get; init; }

    /// <summary>Inline values in kWh per interval (source = values).</summary>
    public List<double>? Values { get; init; }

    /// <summary>Power that scales per-unit sources instead of the agent's capacity, kW (e.g. demand of a pure consumer).</summary>
    public double? ScaleKw { get; init; }

    /// <summary>Relative noise per interval: each value is multiplied by 1 + U(−noise, noise) from the agent's stream.</summary>
    public double Noise { get; init; }

    /// <summary>Multiplier applied to every interval.</summary>
    public double Multiplier { get; init; } = 1.0;

    /// <summary>Extra multipliers inside hour-of-day windows (inclusive bounds, as in the case studies).</summary>
    public List<ProfileWindowSection>? Windows { get; init; }

    /// <summary>[low, high] clipping after shaping, kWh per interval.</summary>
    public List<double>? Clip { get; init; }
}
