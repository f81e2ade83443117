using System.Globalization;
using System.Text.RegularExpressions;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.IO;

/// <summary>
/// Reads MATPOWER case files (version 2: <c>mpc.baseMVA</c>, <c>mpc.bus</c>, <c>mpc.gen</c>, <c>mpc.branch</c>).
/// Only the data matrices are read; code after them (unit conversions some cases perform) is not executed.
/// Bus Pd/Qd become constant-power loads; Gs/Bs become bus shunts; MATPOWER tap 0 means 1.
/// </summary>
public static partial class MatpowerCaseReader
{
    /// <summary>Reads a case file; throws <see cref="ValidationException"/> naming the line on malformed input.</summary>
    public static GridCase ReadFile(string path) =>
        Read(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path), path);

    /// <summary>Parses case text; <paramref name="name"/> names the case, <paramref name="source"/> is kept as provenance.</summary>
    public static GridCase Read(string text, string name, string? source = null)
    {
        var baseMatch = BaseMvaRegex().Match(text);
        if (!baseMatch.Success)
        {
            throw new ValidationException("mpc.baseMVA", null, "is missing");
        }

        var baseMva = double.Parse(baseMatch.Groups[1].Value, CultureInfo.InvariantCulture);
        var bus = Matrix(text, "bus", 13);
        var gen = Matrix(text, "gen", 10);
        var branch = Matrix(text, "branch", 11);

        var buses = new List<Bus>();
        var loads = new List<Load>();
        foreach (var r in bus)
        {
            var id = (int)r[0];
            var type = (int)r[1] switch { 3 => BusType.Slack, 2 => BusType.PV, 4 => BusType.PQ, _ => BusType.PQ };
            var baseKv = r[9] > 0 ? r[9] : 1.0;
            buses.Add(new Bus(id, type, baseKv, r[4], r[5], r[7], r[8], InService: (int)r[1] != 4));
            if (r[2] != 0 || r[3] != 0)
            {
                loads.Add(new Load(id, r[2], r[3]));
            }
        }

        var gens = gen.Select(r => new Generator((int)r[0], r[1], r[2], r[5], r[7] > 0, r[3], r[4])).ToList();
        var branches = branch.Select(r => new Branch((int)r[0], (int)r[1], r[2], r[3], r[4], r[5], r[8], r[9], r[10] > 0)).ToList();
        return new GridCase(name, baseMva, buses, branches, gens, loads, source: source);
    }

    private static List<double[]> Matrix(string text, string field, int minColumns)
    {
        var m = Regex.Match(text, @"mpc\." + field + @"\s*=\s*\[(.*?)\]\s*;", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        if (!m.Success)
        {
            throw new ValidationException($"mpc.{field}", null, "is missing");
        }

        var rows = new List<double[]>();
        var lineNo = 0;
        foreach (var raw in m.Groups[1].Value.Split('\n'))
        {
            lineNo++;
            var comment = raw.IndexOf('%', StringComparison.Ordinal);
            var line = (comment >= 0 ? raw[..comment] : raw).Trim();
            foreach (var part in line.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var cells = part.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
                if (cells.Length == 0)
                {
                    continue;
                }

                var row = new double[Math.Max(cells.Length, minColumns)];
                for (var c = 0; c < cells.Length; c++)
                {
                    if (!double.TryParse(cells[c], NumberStyles.Float, CultureInfo.InvariantCulture, out row[c]) || !double.IsFinite(row[c]))
                    {
                        throw new ValidationException($"mpc.{field}[line {lineNo}][{c + 1}]", cells[c], "is not a finite number");
                    }
                }

                if (cells.Length < minColumns)
                {
                    throw new ValidationException($"mpc.{field}[line {lineNo}]", cells.Length, $"columns; at least {minColumns} expected");
                }

                rows.Add(row);
            }
        }

        return rows;
    }

    [GeneratedRegex(@"mpc\.baseMVA\s*=\s*([0-9.eE+-]+)\s*;", RegexOptions.CultureInvariant)]
    private static partial Regex BaseMvaRegex();
}
