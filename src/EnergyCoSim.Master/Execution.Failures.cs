using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master.Internal;

namespace EnergyCoSim.Master;

/// <summary>Failure handling: the step watchdog and the structured failure report.</summary>
public sealed partial class Execution
{
    private async ValueTask<StepReport> StepWithWatchdogAsync(TimeSpan budget, CancellationToken cancellationToken)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var task = StepCoreAsync(cts.Token).AsTask();
        try
        {
            return await task.WaitAsync(budget, _clock, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var waiting = _engine.SteppingComponents();
            await cts.CancelAsync().ConfigureAwait(false);

            // The abandoned step may still fault later; observe it so it is not an unobserved task exception.
            _ = task.ContinueWith(static (t, state) => ((IDisposable)state!).Dispose(), cts, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            var h = StepSizeNow();
            var who = waiting.Count > 0 ? waiting[0] : "(master)";
            var failure = Fail(new FailureReport(
                FailureKind.WatchdogTimeout, who, _time, h, $"the step exceeded its budget of {budget.TotalMilliseconds:F0} ms and was cancelled; still waiting on {(waiting.Count > 0 ? string.Join(", ", waiting) : "no component (master overhead)")}", [], waiting));
            return new StepReport(_steps + 1, _time, h, 0, false, [], 0, 0, failure);
        }
        finally
        {
            if (task.IsCompleted)
            {
                cts.Dispose();
            }
        }
    }

    private StepReport FailedStep(SweepOutcome sweep, FailureKind kind, SimulationTime t, SimulationDuration h, int iterations)
    {
        var messages = new List<string>();
        if (sweep.Error is ModelException model)
        {
            messages.AddRange(model.RecentMessages);
        }

        for (var e = sweep.Error; e is not null; e = e.InnerException)
        {
            messages.Add($"{e.GetType().Name}: {e.Message}");
        }

        var reason = kind switch
        {
            FailureKind.StepRejected => $"rejected the step ({sweep.Message ?? "no reason given"}) and the algorithm cannot retry it{(_controller is null ? " (fixed step)" : " (already at the minimum step)")}",
            FailureKind.ComponentThrew => $"threw {sweep.Error!.GetType().Name}: {sweep.Error.Message}",
            _ => sweep.Message ?? "the component reported a failed step",
        };
        var failure = Fail(new FailureReport(kind, _plan.Components[sweep.Component].Name, t, h, reason, messages, []));
        return new StepReport(_steps + 1, t, h, iterations, false, [], 0, 0, failure);
    }

    private FailureReport Fail(FailureReport failure)
    {
        _failure = failure;
        State = ExecutionState.Failed;
        MasterLog.Failed(_logger, failure.ToString());
        return failure;
    }
}
