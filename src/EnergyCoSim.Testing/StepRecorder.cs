namespace EnergyCoSim.Testing;

/// <summary>
/// Records every step of the mock components that share it, in call order, so scenario tests can assert the
/// step order and the exchanged values (mosaik's execution graph, as a flat list). Thread-safe.
/// </summary>
public sealed class StepRecorder
{
    private readonly List<RecordedStep> _steps = [];
    private readonly Lock _gate = new();

    /// <summary>All recorded steps, oldest first (a copy).</summary>
    public IReadOnlyList<RecordedStep> Steps
    {
        get
        {
            lock (_gate)
            {
                return _steps.ToArray();
            }
        }
    }

    /// <summary>The recorded steps rendered as <c>name@time+size</c>, for compact order assertions.</summary>
    public IReadOnlyList<string> Order => Steps.Select(s => s.ToString()).ToArray();

    /// <summary>Adds one step.</summary>
    public void Record(RecordedStep step)
    {
        lock (_gate)
        {
            _steps.Add(step);
        }
    }

    /// <summary>Forgets everything recorded so far.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _steps.Clear();
        }
    }
}
