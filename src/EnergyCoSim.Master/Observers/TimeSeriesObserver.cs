using System.Globalization;
using System.Text;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using Parquet;
using Parquet.Schema;

namespace EnergyCoSim.Master.Observers;

/// <summary>
/// Records chosen Real variables after initialisation and each accepted step, and writes them as CSV or Parquet
/// (one row per sample: time in ticks, time in seconds, then one column per variable named <c>component.variable[unit]</c>).
/// </summary>
public sealed class TimeSeriesObserver : IExecutionObserver
{
    private readonly VariableAddress[] _variables;
    private readonly List<long> _ticks = [];
    private readonly List<double>[] _columns;
    private (IObservableComponent Component, uint[] Refs, int[] Columns)[] _reads = [];
    private double[] _scratch = [];
    private string[] _headers = [];
    private double _secondsPerTick = 1.0;

    /// <summary>Records <paramref name="variables"/> (Real variables, <c>component.variable</c>).</summary>
    public TimeSeriesObserver(IEnumerable<VariableAddress> variables)
    {
        _variables = variables.ToArray();
        _columns = _variables.Select(_ => new List<double>()).ToArray();
    }

    /// <summary>Seconds per tick used for the <c>time_s</c> column (default 1).</summary>
    public double SecondsPerTick
    {
        get => _secondsPerTick;
        init => _secondsPerTick = value;
    }

    /// <summary>Sample times in ticks.</summary>
    public IReadOnlyList<long> Times => _ticks;

    /// <summary>Samples of variable <paramref name="index"/> (in constructor order).</summary>
    public IReadOnlyList<double> Samples(int index) => _columns[index];

    /// <inheritdoc />
    public void OnInitialized(SimulationTime time, IReadOnlyList<IObservableComponent> components)
    {
        var byName = components.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var headers = new string[_variables.Length];
        var groups = new Dictionary<string, (List<uint> Refs, List<int> Cols)>(StringComparer.Ordinal);
        for (var k = 0; k < _variables.Length; k++)
        {
            var a = _variables[k];
            if (!byName.TryGetValue(a.Component, out var c) || !c.Description.TryGetVariable(a.Variable, out var v) || v.Type != VariableType.Real)
            {
                throw new NotFoundException("variable", a.ToString(), "the time-series observer records Real variables of components of the execution");
            }

            headers[k] = v.Unit is null ? a.ToString() : $"{a}[{v.Unit}]";
            if (!groups.TryGetValue(a.Component, out var g))
            {
                groups[a.Component] = g = ([], []);
            }

            g.Refs.Add(v.Reference);
            g.Cols.Add(k);
        }

        _headers = headers;
        _reads = groups.Select(g => (byName[g.Key], g.Value.Refs.ToArray(), g.Value.Cols.ToArray())).ToArray();
        _scratch = new double[_variables.Length];

        // A restore rewinds time: drop samples the restored run will produce again.
        var keep = _ticks.FindIndex(t => t >= time.Ticks);
        if (keep >= 0)
        {
            _ticks.RemoveRange(keep, _ticks.Count - keep);
            foreach (var col in _columns)
            {
                col.RemoveRange(keep, col.Count - keep);
            }
        }

        Sample(time);
    }

    /// <inheritdoc />
    public void OnStepCompleted(StepReport step, IReadOnlyList<IObservableComponent> components) => Sample(step.EndTime);

    /// <summary>Writes the samples as CSV (invariant culture, round-trip doubles).</summary>
    public async Task WriteCsvAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        var sb = new StringBuilder();
        sb.Append("time_ticks,time_s");
        foreach (var h in _headers)
        {
            sb.Append(',').Append(h);
        }

        sb.Append('\n');
        for (var r = 0; r < _ticks.Count; r++)
        {
            sb.Append(_ticks[r].ToString(CultureInfo.InvariantCulture)).Append(',').Append((_ticks[r] * _secondsPerTick).ToString("R", CultureInfo.InvariantCulture));
            foreach (var col in _columns)
            {
                sb.Append(',').Append(col[r].ToString("R", CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        var bytes = new UTF8Encoding(false).GetBytes(sb.ToString());
        await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the samples as one Parquet row group.</summary>
    public async Task WriteParquetAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        var timeField = new DataField<long>("time_ticks");
        var secondsField = new DataField<double>("time_s");
        var fields = _headers.Select(h => new DataField<double>(h)).ToArray();
        var schema = new ParquetSchema([timeField, secondsField, .. fields]);
        await using var writer = await ParquetWriter.CreateAsync(schema, destination, cancellationToken: cancellationToken).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<long>(timeField, _ticks.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<double>(secondsField, _ticks.Select(t => t * _secondsPerTick).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var k = 0; k < fields.Length; k++)
        {
            await group.WriteAsync<double>(fields[k], _columns[k].ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private void Sample(SimulationTime time)
    {
        _ticks.Add(time.Ticks);
        foreach (var (component, refs, cols) in _reads)
        {
            var span = _scratch.AsSpan(0, refs.Length);
            component.GetReal(refs, span);
            for (var k = 0; k < cols.Length; k++)
            {
                _columns[cols[k]].Add(span[k]);
            }
        }
    }
}
