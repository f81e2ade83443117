using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master.Internal;
using EnergyCoSim.Master.Manipulators;
using EnergyCoSim.Master.Observers;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Master;

/// <summary>
/// Owns the components, the algorithm, observers and manipulators of one co-simulation run (libcosim's execution).
/// Build it with <see cref="ExecutionBuilder"/>; then <see cref="RunAsync"/> to the stop time, or
/// <see cref="StepAsync"/> one macro step at a time. Not thread-safe: drive it from one caller.
/// </summary>
public sealed partial class Execution : IDisposable
{
    private readonly ExecutionPlan _plan;
    private readonly ExecutionOptions _options;
    private readonly StepEngine _engine;
    private readonly StepSizeController? _controller;
    private readonly RealTimePacer? _pacer;
    private readonly IReadOnlyList<IExecutionObserver> _observers;
    private readonly IReadOnlyList<IExecutionManipulator> _manipulators;
    private readonly IReadOnlyDictionary<string, IManipulableComponent> _writeViews;
    private readonly IObservableComponent[] _readViews;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly Action _applyManipulators;
    private readonly bool _needsRollback;
    private SimulationTime _manipulationTime;
    private SimulationTime _time;
    private long _steps;
    private long _iterations;
    private long _nonConvergedSteps;
    private long _rejectedAttempts;
    private FailureReport? _failure;

    internal Execution(
        ExecutionPlan plan, ExecutionOptions options, IReadOnlyList<IExecutionObserver> observers, IReadOnlyList<IExecutionManipulator> manipulators, TimeProvider clock, ILogger logger)
    {
        _plan = plan;
        _options = options;
        _observers = observers;
        _manipulators = manipulators;
        _clock = clock;
        _logger = logger;
        _engine = new StepEngine(plan, options);
        _controller = options.VariableStep is null ? null : new StepSizeController(options.VariableStep, options.Resolution);
        _pacer = options.RealTime is null ? null : new RealTimePacer(options.RealTime, clock, options.Resolution.SecondsPerTick, options.StartTime.Ticks);
        _readViews = plan.Components.ToArray<IObservableComponent>();
        _writeViews = plan.Components.ToDictionary(c => c.Name, c => (IManipulableComponent)c, StringComparer.Ordinal);
        _needsRollback = plan.HasIterative || options.VariableStep is not null;
        _time = options.StartTime;
        _applyManipulators = ApplyManipulators;
    }

    /// <summary>Lifecycle state.</summary>
    public ExecutionState State { get; private set; } = ExecutionState.Built;

    /// <summary>Master time: the end of the last accepted macro step.</summary>
    public SimulationTime CurrentTime => _time;

    /// <summary>Read-only views of the components, in declaration order.</summary>
    public IReadOnlyList<IObservableComponent> Components => _readViews;

    /// <summary>Stepping order by component name (derived or declared under Gauss–Seidel; declaration order under Jacobi).</summary>
    public IReadOnlyList<string> StepOrder => _plan.Order.Select(i => _plan.Components[i].Name).ToArray();

    /// <summary>The options the execution was built with.</summary>
    public ExecutionOptions Options => _options;

    /// <summary>Sets up and initialises every component and exchanges initial values. Called by the first step if needed.</summary>
    public void Initialize()
    {
        Require(nameof(Initialize), ExecutionState.Built);
        foreach (var c in _plan.Components)
        {
            c.Setup(_options.StartTime, _options.StopTime, _options.Resolution);
        }

        foreach (var c in _plan.Components)
        {
            c.EnterInitialization();
        }

        _engine.ReadAllOutputs();
        _engine.WriteAllInputs();
        foreach (var c in _plan.Components)
        {
            c.ExitInitialization();
        }

        _engine.ReadAllOutputs();
        State = ExecutionState.Ready;
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var order = string.Join(" → ", StepOrder);
            MasterLog.Initialized(_logger, _plan.Components.Length, _plan.Connections.Length, _options.Algorithm, order);
        }
        foreach (var o in _observers)
        {
            o.OnInitialized(_time, _readViews);
        }
    }

    /// <summary>Runs macro steps until the stop time or a failure; the report says which.</summary>
    public ValueTask<ExecutionReport> RunAsync(CancellationToken cancellationToken = default) => RunUntilAsync(_options.StopTime, cancellationToken);

    /// <summary>Runs macro steps until master time reaches at least <paramref name="until"/> (capped at the stop time) or a failure.</summary>
    public async ValueTask<ExecutionReport> RunUntilAsync(SimulationTime until, CancellationToken cancellationToken = default)
    {
        if (State == ExecutionState.Built)
        {
            Initialize();
        }

        while (State == ExecutionState.Ready && _time < until)
        {
            await StepAsync(cancellationToken).ConfigureAwait(false);
        }

        return Report();
    }

    /// <summary>Performs one macro step (with its iterations and retries). Component failures are reported, not thrown.</summary>
    public async ValueTask<StepReport> StepAsync(CancellationToken cancellationToken = default)
    {
        if (State == ExecutionState.Built)
        {
            Initialize();
        }

        Require(nameof(StepAsync), ExecutionState.Ready);
        if (_pacer is { IsAnchored: false })
        {
            _pacer.Anchor(_time.Ticks);
        }

        var report = _options.StepBudget is { } budget
            ? await StepWithWatchdogAsync(budget, cancellationToken).ConfigureAwait(false)
            : await StepCoreAsync(cancellationToken).ConfigureAwait(false);
        if (report.Failure is null && _pacer is not null)
        {
            var miss = await _pacer.PaceAsync(_time.Ticks, cancellationToken).ConfigureAwait(false);
            if (miss is { } lateness)
            {
                MasterLog.DeadlineMissed(_logger, _time.Ticks, lateness);
                if (_options.RealTime!.Mode == RealTimeMode.Strict)
                {
                    var failure = Fail(new FailureReport(
                        FailureKind.DeadlineMissed, "(master)", report.Time, report.StepSize, $"the step ending at t={_time.Ticks} completed {lateness.TotalMilliseconds:F3} ms after its deadline (tolerance {_options.RealTime.MissTolerance.TotalMilliseconds:F3} ms)", [], []));
                    return report with { Failure = failure };
                }
            }
        }

        return report;
    }

    /// <summary>The report so far (final once the run finished or failed).</summary>
    public ExecutionReport Report() =>
        new(_time, _steps, _iterations, _nonConvergedSteps, _rejectedAttempts, _pacer?.Statistics(), _failure);

    /// <summary>Terminates every component (only getters remain allowed).</summary>
    public void Terminate()
    {
        Require(nameof(Terminate), ExecutionState.Ready, ExecutionState.Finished, ExecutionState.Failed);
        foreach (var c in _plan.Components)
        {
            c.Terminate();
        }

        State = ExecutionState.Terminated;
    }

    /// <summary>Disposes every component (the execution owns them).</summary>
    public void Dispose()
    {
        if (State == ExecutionState.Disposed)
        {
            return;
        }

        foreach (var c in _plan.Components)
        {
            c.Dispose();
        }

        State = ExecutionState.Disposed;
    }

    private async ValueTask<StepReport> StepCoreAsync(CancellationToken ct)
    {
        var t = _time;
        var h = StepSizeNow();
        _engine.BeginStep();
        var states = _needsRollback ? _engine.SaveAll() : null;
        var rejected = 0;
        var error = 0.0;
        AttemptOutcome attempt;
        try
        {
            while (true)
            {
                _manipulationTime = t;
                attempt = await _engine.AttemptAsync(t, h, states, _applyManipulators, ct).ConfigureAwait(false);
                ct.ThrowIfCancellationRequested();
                var sweep = attempt.Sweep;
                if (sweep.Outcome == StepOutcome.Failed)
                {
                    return FailedStep(sweep, sweep.Error is null ? FailureKind.ComponentFailed : FailureKind.ComponentThrew, t, h, attempt.Iterations);
                }

                SimulationDuration? retry = null;
                if (sweep.Outcome == StepOutcome.Rejected)
                {
                    if (_controller is null || h <= _controller.MinStep)
                    {
                        return FailedStep(sweep, FailureKind.StepRejected, t, h, attempt.Iterations);
                    }

                    retry = sweep.LastReached is { } reached && reached > t && reached < t + h
                        ? new SimulationDuration(Math.Max(reached.Ticks - t.Ticks, _controller.MinStep.Ticks))
                        : _controller.AfterReject(h, 2.0);
                }
                else if (_controller is not null)
                {
                    error = _controller.Error(_engine.Buffer, _engine.SlotCount, _plan.ControlledSlots, h);
                    if (error > 1.0 && h > _controller.MinStep)
                    {
                        retry = _controller.AfterReject(h, error);
                    }
                }

                if (retry is null)
                {
                    break;
                }

                MasterLog.StepRejected(_logger, t.Ticks, h.Ticks, error, retry.Value.Ticks);
                _engine.RestoreAll(states!);
                _engine.ResetCurrent();
                rejected++;
                h = retry.Value;
            }
        }
        finally
        {
            if (states is not null)
            {
                foreach (var s in states)
                {
                    s.Dispose();
                }
            }
        }

        _controller?.Accept(h, error);
        return AcceptStep(t, h, attempt, rejected, error);
    }

    private StepReport AcceptStep(SimulationTime t, SimulationDuration h, AttemptOutcome attempt, int rejected, double error)
    {
        _time = t + h;
        _steps++;
        _iterations += attempt.Iterations;
        _rejectedAttempts += rejected;
        var converged = attempt.NonConverged.Count == 0;
        if (!converged)
        {
            _nonConvergedSteps++;
            if (_logger.IsEnabled(LogLevel.Warning))
            {
                var list = string.Join("; ", attempt.NonConverged);
                MasterLog.NotConverged(_logger, t.Ticks, list);
            }
        }

        var report = new StepReport(_steps, t, h, attempt.Iterations, converged, attempt.NonConverged, rejected, error, null);
        foreach (var m in _manipulators)
        {
            m.OnStepAccepted(report);
        }

        foreach (var o in _observers)
        {
            o.OnStepCompleted(report, _readViews);
        }

        if (_time >= _options.StopTime)
        {
            State = ExecutionState.Finished;
            MasterLog.Finished(_logger, _time.Ticks, _steps);
        }

        return report;
    }

    private SimulationDuration StepSizeNow()
    {
        var remaining = _options.StopTime - _time;
        if (_controller is null)
        {
            return remaining < _options.BaseStep ? remaining : _options.BaseStep;
        }

        var h = _controller.NextStep < remaining ? _controller.NextStep : remaining;
        foreach (var m in _manipulators)
        {
            // Scheduled events are hard communication points for a variable step.
            if (m.NextEventAfter(_time) is { } next && next > _time && next - _time < h)
            {
                h = next - _time;
            }
        }

        return h;
    }

    private void ApplyManipulators()
    {
        foreach (var m in _manipulators)
        {
            m.BeforeStep(_manipulationTime, _writeViews);
        }
    }

    private void Require(string operation, params ReadOnlySpan<ExecutionState> allowed)
    {
        foreach (var s in allowed)
        {
            if (s == State)
            {
                return;
            }
        }

        throw new InvalidStateException("execution", operation, State.ToString(), string.Join(", ", allowed.ToArray()));
    }
}
