using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Simulation.Components;

namespace EnergyCoSim.Simulation.Sources;

/// <summary>
/// A time series from a CSV file as a component: a time column (seconds from the run's start, strictly increasing,
/// first row at 0) and value columns in a declared unit (kW by default), each an output named after its column. The
/// output during a step from t is the series at t (held or interpolated; the last row holds after the end).
/// </summary>
public sealed class CsvProfileComponent : RealValuesComponent
{
    private readonly double[] _times;
    private readonly double[][] _columns;
    private readonly ProfileInterpolation _interpolation;

    private CsvProfileComponent(string name, VariableDescription[] variables, double[] times, double[][] columns, ProfileInterpolation interpolation)
        : base(name, "EnergyCoSim.CsvProfile", variables)
    {
        (_times, _columns, _interpolation) = (times, columns, interpolation);
    }

    /// <summary>
    /// Builds the component from <paramref name="table"/>; <paramref name="columns"/> null takes every column but the
    /// time column. Every problem is listed at once, fields under <paramref name="scope"/>.
    /// </summary>
    public static CsvProfileComponent Create(string name, CsvProfileTable table, string timeColumn, IReadOnlyList<string>? columns, string unit, ProfileInterpolation interpolation, string scope = "profile")
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = new List<FieldViolation>();
        var timeIndex = Array.IndexOf(table.ColumnNames.ToArray(), timeColumn);
        if (timeIndex < 0)
        {
            problems.Add(new FieldViolation($"{scope}.time_column", timeColumn, $"is not a column of {table.Source} (columns: {string.Join(", ", table.ColumnNames)})"));
        }

        var names = columns ?? table.ColumnNames.Where(c => c != timeColumn).ToArray();
        if (names.Count == 0)
        {
            problems.Add(new FieldViolation($"{scope}.columns", "[]", "needs at least one value column"));
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (!table.ColumnNames.Contains(names[i]) || names[i] == timeColumn)
            {
                problems.Add(new FieldViolation($"{scope}.columns[{i}]", names[i], $"is not a value column of {table.Source} (columns: {string.Join(", ", table.ColumnNames)})"));
            }
        }

        if (string.IsNullOrWhiteSpace(unit))
        {
            problems.Add(new FieldViolation($"{scope}.unit", unit, "must name the unit of the values (e.g. kW)"));
        }

        double[] times = [];
        if (timeIndex >= 0)
        {
            times = table.Column(timeIndex).ToArray();
            if (times[0] != 0)
            {
                problems.Add(new FieldViolation($"{table.Source}: column '{timeColumn}', row 1", FieldViolation.Render(times[0]), "must be 0 (the run's start, seconds)"));
            }

            for (var r = 1; r < times.Length; r++)
            {
                if (!(times[r] > times[r - 1]))
                {
                    problems.Add(new FieldViolation($"{table.Source}: column '{timeColumn}', row {r + 1}", FieldViolation.Render(times[r]), $"must be after the previous row ({FieldViolation.Render(times[r - 1])} s)"));
                    break;
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ValidationException(problems, $"CSV profile '{name}'");
        }

        var vars = names.Select((c, i) => Real((uint)i, c, VariableCausality.Output, unit, $"column '{c}' of {Path.GetFileName(table.Source)}", table.Column(table.IndexOf(c))[0])).ToArray();
        return new CsvProfileComponent(name, vars, times, names.Select(c => table.Column(table.IndexOf(c)).ToArray()).ToArray(), interpolation);
    }

    /// <summary>The value of output <paramref name="column"/> at <paramref name="seconds"/> from the start.</summary>
    public double ValueAt(int column, double seconds)
    {
        var values = _columns[column];
        var k = Array.BinarySearch(_times, seconds);
        if (k >= 0)
        {
            return values[k];
        }

        var next = ~k;
        if (next == 0)
        {
            return values[0];
        }

        if (next >= _times.Length || _interpolation == ProfileInterpolation.Hold)
        {
            return values[next - 1];
        }

        var w = (seconds - _times[next - 1]) / (_times[next] - _times[next - 1]);
        return values[next - 1] + (w * (values[next] - values[next - 1]));
    }

    /// <inheritdoc />
    protected override void Compute(SimulationTime currentTime, SimulationDuration stepSize)
    {
        var seconds = (currentTime - StartTime).ToSeconds(Resolution);
        for (var c = 0; c < _columns.Length; c++)
        {
            Values[c] = ValueAt(c, seconds);
        }
    }
}
