using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Master.Internal;

/// <summary>
/// Runs sweeps over the components of a plan: input exchange, stepping in Jacobi or Gauss–Seidel order, output
/// collection, and fixed-point iteration with rollback for iterative connections. Allocation-free per step unless
/// states are saved.
/// </summary>
internal sealed class StepEngine
{
    private const int CurrentBank = 0;
    private readonly ExecutionPlan _plan;
    private readonly MasterAlgorithm _algorithm;
    private readonly bool _offload;
    private readonly SimulationTime _start;
    private readonly SimulationTime _stop;
    private readonly long _baseTicks;
    private readonly double[] _buffer;
    private readonly double[][] _inputScratch;
    private readonly ValueTask<StepResult>[] _pending;
    private readonly bool[] _started;
    private readonly int[] _stepping;
    private readonly int[] _unconvergedIndex;
    private readonly double[] _unconvergedChange;
    private readonly DiscreteChannel[] _discrete;

    public StepEngine(ExecutionPlan plan, ExecutionOptions options)
    {
        _plan = plan;
        _algorithm = options.Algorithm;
        _offload = options.OffloadJacobiSteps;
        _start = options.StartTime;
        _stop = options.StopTime;
        _baseTicks = options.BaseStep.Ticks;
        _buffer = new double[3 * plan.SlotCount];
        _inputScratch = plan.InputReferences.Select(r => new double[r.Length]).ToArray();
        _pending = new ValueTask<StepResult>[plan.Components.Length];
        _started = new bool[plan.Components.Length];
        _stepping = new int[plan.Components.Length];
        _unconvergedIndex = new int[plan.Connections.Length];
        _unconvergedChange = new double[plan.Connections.Length];
        _discrete = plan.Discrete.Select(l => new DiscreteChannel(l, plan.Components)).ToArray();
    }

    /// <summary>The Integer and Boolean exchanges (their current banks are part of a checkpoint).</summary>
    public IReadOnlyList<DiscreteChannel> Discrete => _discrete;

    /// <summary>The coupled-value buffer: banks current, start-of-step and iterate.</summary>
    public double[] Buffer => _buffer;

    public int SlotCount => _plan.SlotCount;

    /// <summary>Names of the components whose step call has not returned (for the watchdog).</summary>
    public IReadOnlyList<string> SteppingComponents() =>
        _plan.Order.Where(i => Volatile.Read(ref _stepping[i]) != 0).Select(i => _plan.Components[i].Name).ToArray();

    /// <summary>Reads every coupled output into the current bank (after initialisation or a restore).</summary>
    public void ReadAllOutputs()
    {
        for (var i = 0; i < _plan.Components.Length; i++)
        {
            ReadOutputs(i);
        }
    }

    /// <summary>Writes every connected input from the current bank (during initialisation).</summary>
    public void WriteAllInputs()
    {
        foreach (var i in _plan.Order)
        {
            WriteInputs(i, fromCurrentOnly: true);
        }
    }

    /// <summary>Copies current → start-of-step; called once per macro step before any attempt.</summary>
    public void BeginStep()
    {
        Array.Copy(_buffer, 0, _buffer, _plan.SlotCount, _plan.SlotCount);
        foreach (var d in _discrete)
        {
            d.CopyBank(0, 1);
        }
    }

    /// <summary>Copies start-of-step → current after a rollback, so no consumer sees a rejected attempt's outputs.</summary>
    public void ResetCurrent()
    {
        Array.Copy(_buffer, _plan.SlotCount, _buffer, 0, _plan.SlotCount);
        foreach (var d in _discrete)
        {
            d.CopyBank(1, 0);
        }
    }

    /// <summary>
    /// One attempt at [t, t+h]: a sweep, and with iterative connections further sweeps (each after restoring
    /// <paramref name="states"/>) until every iterative connection changes by at most its tolerance or hits its cap.
    /// </summary>
    public async ValueTask<AttemptOutcome> AttemptAsync(
        SimulationTime t, SimulationDuration h, ComponentState[]? states, Action beforeSweep, CancellationToken ct)
    {
        if (!_plan.HasIterative)
        {
            beforeSweep();
            return new AttemptOutcome(await SweepAsync(t, h, ct).ConfigureAwait(false), 1, []);
        }

        var s = _plan.SlotCount;
        Array.Copy(_buffer, s, _buffer, 2 * s, s);
        foreach (var d in _discrete)
        {
            d.CopyBank(1, 2);
        }

        for (var k = 1; ; k++)
        {
            beforeSweep();
            var sweep = await SweepAsync(t, h, ct).ConfigureAwait(false);
            if (sweep.Outcome != StepOutcome.Accepted)
            {
                return new AttemptOutcome(sweep, k, []);
            }

            var unconverged = 0;
            var mayContinue = false;
            foreach (var c in _plan.IterativeConnections)
            {
                var change = Change(c);
                var settings = _plan.Connections[c].Settings;
                if (!(change <= settings.Tolerance))
                {
                    _unconvergedIndex[unconverged] = c;
                    _unconvergedChange[unconverged++] = change;
                    mayContinue |= k < settings.MaxIterations;
                }
            }

            if (unconverged == 0)
            {
                return new AttemptOutcome(sweep, k, []);
            }

            if (!mayContinue)
            {
                // Formatted only when the step ends unconverged, never inside the iteration loop.
                var report = new string[unconverged];
                for (var u = 0; u < unconverged; u++)
                {
                    var tolerance = _plan.Connections[_unconvergedIndex[u]].Settings.Tolerance;
                    report[u] = FormattableString.Invariant($"{_plan.Connections[_unconvergedIndex[u]]} (last change {_unconvergedChange[u]:G6}, tolerance {tolerance:G6}, {k} iterations)");
                }

                return new AttemptOutcome(sweep, k, report);
            }

            // Next iterate = this sweep's outputs; roll every component back to the start of the step.
            Array.Copy(_buffer, 0, _buffer, 2 * s, s);
            foreach (var d in _discrete)
            {
                d.CopyBank(0, 2);
            }

            RestoreAll(states!);
            ResetCurrent();
        }
    }

    private double Change(int connection)
    {
        var slot = _plan.ConnectionSlot[connection];
        var type = _plan.ConnectionType[connection];
        if (type == VariableType.Real)
        {
            return Math.Abs(_buffer[slot] - _buffer[(2 * _plan.SlotCount) + slot]);
        }

        foreach (var d in _discrete)
        {
            if (d.Type == type)
            {
                return d.Change(slot);
            }
        }

        return 0;
    }

    public ComponentState[] SaveAll()
    {
        var states = new ComponentState[_plan.Components.Length];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = _plan.Components[i].SaveState();
        }

        return states;
    }

    public void RestoreAll(ComponentState[] states)
    {
        for (var i = 0; i < states.Length; i++)
        {
            _plan.Components[i].RestoreState(states[i]);
        }
    }

    private async ValueTask<SweepOutcome> SweepAsync(SimulationTime t, SimulationDuration h, CancellationToken ct)
    {
        return _algorithm == MasterAlgorithm.GaussSeidel ? await GaussSeidelAsync(t, h, ct).ConfigureAwait(false) : await JacobiAsync(t, h, ct).ConfigureAwait(false);
    }

    private async ValueTask<SweepOutcome> GaussSeidelAsync(SimulationTime t, SimulationDuration h, CancellationToken ct)
    {
        foreach (var i in _plan.Order)
        {
            if (!IsDue(i, t))
            {
                continue;
            }

            WriteInputs(i, fromCurrentOnly: false);
            var outcome = await StepOneAsync(i, t, StepSizeOf(i, t, h), ct).ConfigureAwait(false);
            if (outcome.Outcome != StepOutcome.Accepted)
            {
                return outcome;
            }

            ReadOutputs(i);
        }

        return SweepOutcome.Accepted;
    }

    private async ValueTask<SweepOutcome> JacobiAsync(SimulationTime t, SimulationDuration h, CancellationToken ct)
    {
        var order = _plan.Order;
        foreach (var i in order)
        {
            _started[i] = IsDue(i, t);
            if (_started[i])
            {
                WriteInputs(i, fromCurrentOnly: false);
            }
        }

        // Issue every step before awaiting any, so asynchronous (remote) components run concurrently.
        foreach (var i in order)
        {
            if (_started[i])
            {
                // Each stored ValueTask is awaited exactly once below; storing them is what lets the steps overlap.
#pragma warning disable CA2012
                _pending[i] = StartStep(i, t, StepSizeOf(i, t, h), ct);
#pragma warning restore CA2012
            }
        }

        var result = SweepOutcome.Accepted;
        foreach (var i in order)
        {
            if (!_started[i])
            {
                continue;
            }

            var outcome = await CompleteStepAsync(i, _pending[i], ct).ConfigureAwait(false);
            _pending[i] = default;
            if (outcome.Outcome == StepOutcome.Failed && result.Outcome != StepOutcome.Failed)
            {
                result = outcome;
            }
            else if (outcome.Outcome == StepOutcome.Rejected && result.Outcome == StepOutcome.Accepted)
            {
                result = outcome;
            }
        }

        if (result.Outcome != StepOutcome.Accepted)
        {
            return result;
        }

        var end = t + h;
        foreach (var i in order)
        {
            if (EndsAt(i, end))
            {
                ReadOutputs(i);
            }
        }

        return result;
    }

    private ValueTask<StepResult> StartStep(int i, SimulationTime t, SimulationDuration h, CancellationToken ct)
    {
        var component = _plan.Components[i];
        Volatile.Write(ref _stepping[i], 1);
        try
        {
            return _offload ? Offload(component, t, h, ct) : component.StepAsync(t, h, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return ValueTask.FromException<StepResult>(ex);
        }
    }

    // A separate method so the closure is allocated only when offloading (a captured parameter would otherwise
    // allocate its display class on every StartStep call).
    private static ValueTask<StepResult> Offload(ICoSimComponent component, SimulationTime t, SimulationDuration h, CancellationToken ct) =>
        new(Task.Run(() => component.StepAsync(t, h, ct).AsTask(), ct));

    private async ValueTask<SweepOutcome> CompleteStepAsync(int i, ValueTask<StepResult> pending, CancellationToken ct)
    {
        try
        {
            var r = await pending.ConfigureAwait(false);
            return r.Outcome switch
            {
                StepOutcome.Accepted => SweepOutcome.Accepted,
                StepOutcome.Rejected => new SweepOutcome(StepOutcome.Rejected, i, r.Message, null, r.LastReachedTime),
                _ => new SweepOutcome(StepOutcome.Failed, i, r.Message ?? "the component reported a failed step", null, null),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // A cancellation the master did not ask for (a component's own timeout) is a component failure.
            return new SweepOutcome(StepOutcome.Failed, i, ex.Message, ex, null);
        }
        finally
        {
            Volatile.Write(ref _stepping[i], 0);
        }
    }

    private ValueTask<SweepOutcome> StepOneAsync(int i, SimulationTime t, SimulationDuration h, CancellationToken ct) =>
        CompleteStepAsync(i, StartStep(i, t, h, ct), ct);

    private bool IsDue(int i, SimulationTime t)
    {
        var m = _plan.Multiples[i];
        return m == 1 || (t.Ticks - _start.Ticks) % (m * _baseTicks) == 0;
    }

    private bool EndsAt(int i, SimulationTime end)
    {
        var m = _plan.Multiples[i];
        return m == 1 || end == _stop || (end.Ticks - _start.Ticks) % (m * _baseTicks) == 0;
    }

    private SimulationDuration StepSizeOf(int i, SimulationTime t, SimulationDuration h)
    {
        var m = _plan.Multiples[i];
        return m == 1 ? h : new SimulationDuration(Math.Min(m * _baseTicks, _stop.Ticks - t.Ticks));
    }

    private void ReadOutputs(int i)
    {
        foreach (var d in _discrete)
        {
            d.Read(i);
        }

        var refs = _plan.OutputReferences[i];
        if (refs.Length > 0)
        {
            _plan.Components[i].GetReal(refs, _buffer.AsSpan(_plan.OutputStart[i], refs.Length));
        }
    }

    private void WriteInputs(int i, bool fromCurrentOnly)
    {
        foreach (var d in _discrete)
        {
            d.Write(i, fromCurrentOnly);
        }

        var refs = _plan.InputReferences[i];
        if (refs.Length == 0)
        {
            return;
        }

        var source = _plan.InputSource[i];
        var scratch = _inputScratch[i];
        var s = _plan.SlotCount;
        for (var k = 0; k < scratch.Length; k++)
        {
            scratch[k] = _buffer[fromCurrentOnly ? source[k] % s : source[k]];
        }

        _plan.Components[i].SetReal(refs, scratch);
    }
}
