using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Service.Sessions;

/// <summary>Steps that consult an external grid solver; a solver failure rejects the whole step.</summary>
public sealed partial class Session
{
    /// <summary>
    /// Steps like <see cref="Step"/>, then hands the agents' net injections to the external grid solver, if any.
    /// When the solver misses its deadline or fails, the step is rolled back and the error rethrown, so the
    /// session stays before the step and the client can retry it.
    /// </summary>
    public async Task<SessionStepResult> StepAsync(string? requestId, CancellationToken cancellationToken)
    {
        if (_grid is null || _requests.TryGet(requestId, out _))
        {
            return Step(requestId, cancellationToken);
        }

        RequireStepping("step");
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = Environment.Snapshot();
        var streams = _random.Select(r => r.State).ToArray();
        var external = new Dictionary<int, AgentAction>(_externalActions);
        var state = State;
        Variables.ApplyInputs();
        Decide();
        foreach (var (agent, action) in _externalActions)
        {
            action.CopyTo(_actions.AsSpan(agent * ActionBox.Size, ActionBox.Size));
        }

        var result = Apply(_actions);
        try
        {
            var solution = await _grid.SolveAsync(result.Step, 0, Injections(result), cancellationToken).ConfigureAwait(false);
            return Commit(requestId, result with { Grid = Summarize(solution) });
        }
        catch (Exception)
        {
            Environment.Restore(snapshot, _observations);
            _random = streams.Select(s => new RandomStream(s)).ToArray();
            foreach (var (agent, action) in external)
            {
                _externalActions[agent] = action;
            }

            Variables.UndoApply();
            State = state;
            throw;
        }
    }

    private IEnumerable<BusInjection> Injections(SessionStepResult result)
    {
        // One bus per agent; energy per interval over the interval's hours is the mean power at the meter.
        var hours = Scenario.Document.MarketInterval.TotalHours;
        return result.Agents.Select(a => new BusInjection { BusId = a.AgentId, PKw = (a.SoldKWh - a.BoughtKWh) / hours, QKvar = 0 });
    }

    private static GridStepSummary Summarize(SolveResponse s)
    {
        var min = s.Voltages.Count > 0 ? s.Voltages.MinBy(v => v.MagnitudePu)! : new BusVoltage { MagnitudePu = double.NaN };
        var max = s.Voltages.Count > 0 ? s.Voltages.MaxBy(v => v.MagnitudePu)! : new BusVoltage { MagnitudePu = double.NaN };
        return new GridStepSummary(
            s.Converged,
            s.Iterations,
            s.TotalLossesKw,
            min.MagnitudePu,
            min.BusId,
            max.MagnitudePu,
            max.BusId,
            s.Branches.Count > 0 ? s.Branches.Max(b => b.Loading) : 0);
    }
}
