using System.Globalization;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>
/// A CSV of profiles: a header row of column names, one column per profile, one row per interval. Any numeric
/// notation is accepted (<c>0</c>, <c>0.5</c>, <c>1e-3</c>); NaN, ∞ and empty cells are rejected with the file,
/// column and row named, all at once.
/// </summary>
public sealed class CsvProfileTable
{
    private readonly double[][] _columns;

    private CsvProfileTable(string source, string[] names, double[][] columns)
    {
        Source = source;
        ColumnNames = names;
        _columns = columns;
    }

    /// <summary>The file (or name) the table came from.</summary>
    public string Source { get; }

    /// <summary>Column names from the header row.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Number of data rows.</summary>
    public int RowCount => _columns.Length == 0 ? 0 : _columns[0].Length;

    /// <summary>Reads and validates a CSV file.</summary>
    public static CsvProfileTable Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new NotFoundException("profile file", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses CSV text; <paramref name="source"/> names it in error messages.</summary>
    public static CsvProfileTable Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var count = lines.Length;
        while (count > 0 && lines[count - 1].Trim().Length == 0)
        {
            count--;
        }

        if (count < 2)
        {
            throw new ValidationException(source, null, "needs a header row and at least one data row");
        }

        var names = lines[0].Split(',').Select(n => n.Trim().Trim('"')).ToArray();
        var columns = names.Select(_ => new double[count - 1]).ToArray();
        var violations = new List<FieldViolation>();
        for (var row = 1; row < count; row++)
        {
            var cells = lines[row].Split(',');
            for (var col = 0; col < names.Length; col++)
            {
                var cell = col < cells.Length ? cells[col].Trim().Trim('"') : string.Empty;
                var where = $"{source}: column '{names[col]}', row {row} (line {row + 1})";
                if (cell.Length == 0)
                {
                    violations.Add(new FieldViolation(where, null, "is empty"));
                }
                else if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    violations.Add(new FieldViolation(where, cell, "is not a number"));
                }
                else if (!double.IsFinite(v))
                {
                    violations.Add(new FieldViolation(where, cell, "must be a finite number"));
                }
                else
                {
                    columns[col][row - 1] = v;
                }
            }
        }

        if (violations.Count > 0)
        {
            throw new ValidationException(violations, source);
        }

        return new CsvProfileTable(source, names, columns);
    }

    /// <summary>The values of column <paramref name="index"/> (zero-based).</summary>
    public IReadOnlyList<double> Column(int index) =>
        index >= 0 && index < _columns.Length
            ? _columns[index]
            : throw new NotFoundException("column index", index.ToString(CultureInfo.InvariantCulture), $"{Source} has columns 0..{_columns.Length - 1}");

    /// <summary>The index of the column called <paramref name="name"/>.</summary>
    public int IndexOf(string name)
    {
        var i = Array.IndexOf((string[])ColumnNames, name);
        return i >= 0 ? i : throw new NotFoundException("column", name, $"{Source} has columns {string.Join(", ", ColumnNames)}");
    }
}
