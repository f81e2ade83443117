using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>
/// A per-unit CSV column scaled to the agent (spec §6.2): one factor <c>k = U(MinFactor, MaxFactor)</c> per episode,
/// per value <c>max(0, v·k·(1 + U(−Noise, Noise))·capacity)</c>, rounded, smoothed with window 3.
/// </summary>
/// <param name="Table">The loaded CSV.</param>
/// <param name="Column">Which column.</param>
/// <param name="MinFactor">Lower bound of the episode factor k.</param>
/// <param name="MaxFactor">Upper bound of the episode factor k.</param>
/// <param name="Noise">Relative per-value noise amplitude, ≥ 0.</param>
/// <param name="Decimals">Rounding of the kWh values.</param>
public sealed record CsvProfileSource(CsvProfileTable Table, ProfileColumn Column, double MinFactor = 1.0, double MaxFactor = 1.0, double Noise = 0.0, int Decimals = 1)
    : IProfileSource
{
    /// <summary>MARLEM's generation scaling: k in [1.0, 1.3], noise ±5 %.</summary>
    public static CsvProfileSource Generation(CsvProfileTable table, ProfileColumn column) => new(table, column, 1.0, 1.3, 0.05);

    /// <summary>MARLEM's demand scaling: k in [0.6, 1.0], noise ±10 %.</summary>
    public static CsvProfileSource Demand(CsvProfileTable table, ProfileColumn column) => new(table, column, 0.6, 1.0, 0.1);

    /// <inheritdoc />
    public double[] Generate(int steps, double capacityKW, RandomStream random)
    {
        var column = Table.Column(Column.Resolve(Table, random));
        if (column.Count != steps)
        {
            throw new ArgumentException($"{Table.Source}: the column has {column.Count} rows but the episode has {steps} intervals", nameof(steps));
        }

        var k = random.Uniform(MinFactor, MaxFactor);
        var values = new double[steps];
        for (var i = 0; i < steps; i++)
        {
            values[i] = Math.Max(0, column[i] * k * (1 + random.Uniform(-Noise, Noise)) * capacityKW);
        }

        return ProfileSmoothing.Smooth(ProfileSmoothing.Round(values, Decimals), 3, Decimals);
    }
}
