using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Errors;
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
        await DescribeOnceAsync(cancellationToken).ConfigureAwait(false);
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
            var injections = _feeder?.Injections(result.Agents, Scenario.Document.MarketInterval.TotalHours) ?? Injections(result);
            var solution = await _grid.SolveAsync(result.Step, 0, injections, cancellationToken).ConfigureAwait(false);
            return Commit(requestId, result with { Grid = Summarize(solution, result.Step) });
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

    private async Task DescribeOnceAsync(CancellationToken cancellationToken)
    {
        // The solver's grid is checked once per session, before anything is applied: it is not session state.
        if (_feeder is null || _described)
        {
            return;
        }

        var description = await _grid!.DescribeAsync(cancellationToken).ConfigureAwait(false);
        var mismatch = description is null ? null : _feeder.CompareDeclaredBranches(description.BranchIds);
        if (mismatch is not null)
        {
            throw new ModelException($"grid solver {_grid.Address}", $"{mismatch} (feeder '{_feeder.Name}' of the scenario's cosim section)");
        }

        _described = true;
    }

    private IEnumerable<BusInjection> Injections(SessionStepResult result)
    {
        // One bus per agent; energy per interval over the interval's hours is the mean power at the meter.
        var hours = Scenario.Document.MarketInterval.TotalHours;
        return result.Agents.Select(a => new BusInjection { BusId = a.AgentId, PKw = (a.SoldKWh - a.BoughtKWh) / hours, QKvar = 0 });
    }

    private GridStepSummary Summarize(SolveResponse s, int step)
    {
        // A non-converged answer is reported, not checked: its values are the solver's last iterate, if any.
        var (buses, branches) = _feeder is not null && s.Converged
            ? _feeder.Read(s, _grid!.Address, step)
            : ([.. s.Voltages.Select(v => new GridBusSummary(v.BusId, v.MagnitudePu, v.AngleDeg))],
               [.. s.Branches.Select(b => new GridBranchSummary(b.BranchId, b.Loading * 100, b.PFromKw, b.QFromKvar, b.PToKw, b.QToKvar, b.LossKw))]);
        var min = buses.Length > 0 ? buses.MinBy(v => v.VoltagePu)! : new GridBusSummary(string.Empty, double.NaN, 0);
        var max = buses.Length > 0 ? buses.MaxBy(v => v.VoltagePu)! : new GridBusSummary(string.Empty, double.NaN, 0);
        return new GridStepSummary(
            s.Converged,
            s.Iterations,
            s.TotalLossesKw,
            min.VoltagePu,
            min.BusId,
            max.VoltagePu,
            max.BusId,
            s.Branches.Count > 0 ? s.Branches.Max(b => b.Loading) : 0)
        {
            Buses = buses,
            Branches = branches,
        };
    }
}
