using EnergyCoSim.Agents.Profiles;

namespace EnergyCoSim.Agents.Tariffs;

/// <summary>Where a tariff comes from: the random generator, a per-unit CSV column, or inline $/MWh values.</summary>
public sealed record TariffSource
{
    private TariffSource(CsvProfileTable? table, ProfileColumn? column, IReadOnlyList<double>? values)
    {
        Table = table;
        Column = column;
        Values = values;
    }

    /// <summary>The CSV table, for a CSV source.</summary>
    public CsvProfileTable? Table { get; }

    /// <summary>The CSV column, for a CSV source.</summary>
    public ProfileColumn? Column { get; }

    /// <summary>Inline prices ($/MWh), for a values source.</summary>
    public IReadOnlyList<double>? Values { get; }

    /// <summary>The random step-tariff generator (spec §6.3).</summary>
    public static TariffSource Random { get; } = new(null, null, null);

    /// <summary>A per-unit CSV column rescaled to the price range (spec §6.3).</summary>
    public static TariffSource Csv(CsvProfileTable table, ProfileColumn column) => new(table, column, null);

    /// <summary>Fixed prices in $/MWh, one per interval.</summary>
    public static TariffSource FromValues(IReadOnlyList<double> usdPerMWh) => new(null, null, usdPerMWh);
}
