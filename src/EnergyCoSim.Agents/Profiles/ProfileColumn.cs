using System.Globalization;
using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>Which CSV column to use: by name, by zero-based index, or drawn uniformly from the agent's stream.</summary>
public sealed record ProfileColumn
{
    private ProfileColumn(string? name, int? index)
    {
        Name = name;
        Index = index;
    }

    /// <summary>Column name, when chosen by name.</summary>
    public string? Name { get; }

    /// <summary>Zero-based index, when chosen by index.</summary>
    public int? Index { get; }

    /// <summary>A seeded random column (MARLEM's default).</summary>
    public static ProfileColumn Random { get; } = new(null, null);

    /// <summary>The column called <paramref name="name"/>.</summary>
    public static ProfileColumn ByName(string name) => new(name, null);

    /// <summary>Column number <paramref name="index"/> (zero-based).</summary>
    public static ProfileColumn ByIndex(int index) => new(null, index);

    /// <summary>Parses a scenario value: an integer is an index, anything else a name, null a random column.</summary>
    public static ProfileColumn Parse(string? text) =>
        text is null ? Random
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? ByIndex(i)
        : ByName(text);

    /// <summary>Resolves the column index in <paramref name="table"/>; draws one integer only when random.</summary>
    public int Resolve(CsvProfileTable table, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(random);
        if (Name is not null)
        {
            return table.IndexOf(Name);
        }

        if (Index is { } i)
        {
            _ = table.Column(i);
            return i;
        }

        return random.NextInt(table.ColumnNames.Count);
    }
}
