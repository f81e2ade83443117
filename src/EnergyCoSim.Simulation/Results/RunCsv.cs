using System.Globalization;
using System.Text;

namespace EnergyCoSim.Simulation.Results;

/// <summary>The CSV dialect of the run directory: comma, LF, invariant culture, round-trip doubles, RFC 4180 quoting.</summary>
internal static class RunCsv
{
    public static string D(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public static string I(long v) => v.ToString(CultureInfo.InvariantCulture);

    public static string Field(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    public static void WriteLine(TextWriter w, params string[] fields)
    {
        w.Write(string.Join(',', fields));
        w.Write('\n');
    }

    public static StreamWriter Create(string path) => new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };

    public static double ParseD(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static int ParseI(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>Reads all records of a file; checks the header and the field count of every row.</summary>
    public static IEnumerable<string[]> Read(string path, IReadOnlyList<string> header)
    {
        if (!File.Exists(path))
        {
            throw new Core.Errors.NotFoundException("run file", path);
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var first = ReadRecord(reader);
        if (first is null || !first.SequenceEqual(header, StringComparer.Ordinal))
        {
            throw new Core.Errors.ValidationException(Path.GetFileName(path), first is null ? "" : string.Join(',', first), "unexpected header; expected " + string.Join(',', header));
        }

        var row = 1;
        while (ReadRecord(reader) is { } record)
        {
            row++;
            if (record.Length != header.Count)
            {
                throw new Core.Errors.ValidationException($"{Path.GetFileName(path)}:row {row}", record.Length, $"expected {header.Count} fields");
            }

            yield return record;
        }
    }

    /// <summary>Reads a file whose columns are found by name (extra columns allowed); returns the header and the rows.</summary>
    public static (string[] Header, List<string[]> Rows) ReadLoose(string path)
    {
        if (!File.Exists(path))
        {
            throw new Core.Errors.NotFoundException("run file", path);
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = ReadRecord(reader) ?? throw new Core.Errors.ValidationException(Path.GetFileName(path), "", "empty file: a header row is required");
        var rows = new List<string[]>();
        while (ReadRecord(reader) is { } record)
        {
            if (record.Length != header.Length)
            {
                throw new Core.Errors.ValidationException($"{Path.GetFileName(path)}:row {rows.Count + 2}", record.Length, $"expected {header.Length} fields");
            }

            rows.Add(record);
        }

        return (header, rows);
    }

    private static string[]? ReadRecord(TextReader r)
    {
        if (r.Peek() < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = r.Read();
            if (c < 0)
            {
                fields.Add(sb.ToString());
                return fields.ToArray();
            }

            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (r.Peek() == '"')
                    {
                        r.Read();
                        sb.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    sb.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(sb.ToString());
                return fields.ToArray();
            }
            else if (ch != '\r')
            {
                sb.Append(ch);
            }
        }
    }
}
