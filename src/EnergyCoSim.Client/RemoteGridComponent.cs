using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Client;

/// <summary>
/// A co-simulation component whose power flow runs in an external GridSolver process. Inputs per bus:
/// <c>&lt;bus&gt;.p_kw</c>, <c>&lt;bus&gt;.q_kvar</c> (positive into the grid); outputs per bus <c>&lt;bus&gt;.v_pu</c>,
/// per branch <c>&lt;branch&gt;.loading_pct</c> (% of rating, 0 when unrated, as the embedded power flow),
/// <c>.p_from_kw</c>, <c>.q_from_kvar</c>, <c>.p_to_kw</c>, <c>.q_to_kvar</c> (entering the branch) and <c>.loss_kw</c>,
/// plus <c>total_losses_kw</c> and <c>converged</c>. Input per branch <c>&lt;branch&gt;.in_service</c> (1/0, start = the
/// case's flag), as the embedded power flow's, so a scheduled event can take a line out: every solve sends the branches
/// at 0 in <c>SolveRequest.out_of_service_branch_ids</c>, and buses they cut off come back de-energised (voltage 0). A solver that misses its deadline rejects the step, so the
/// master can report it or retry; the component's outputs stay those of the last accepted step. A response that omits
/// a bus or branch, names an unknown one or carries a non-finite value fails the step with the bus or branch, field and value;
/// so does a flow on a branch sent out of service (a solver that ignores the field would otherwise go unnoticed).
/// </summary>
public sealed class RemoteGridComponent : ICoSimComponent
{
    private readonly RemoteGridSolver _solver;
    private readonly string[] _buses;
    private readonly string[] _branches;
    private readonly Dictionary<string, int> _busIndex;
    private readonly Dictionary<string, int> _branchIndex;
    private readonly double[] _inputs;
    private readonly double[] _inService;
    private readonly bool[] _caseInService;
    private readonly uint _inServiceStart;
    private readonly double[] _voltages;
    private readonly double[] _branchValues;
    private readonly double[] _voltagesRead;
    private readonly double[] _branchValuesRead;
    private readonly string _branchVariablePrefix;
    private readonly string _busVariablePrefix;
    private double _losses;
    private bool _converged;
    private int _step;

    // The solver's grid is checked once per component, not per step: it is not simulation state.
    private bool _described;

    /// <summary>
    /// Creates the component for <paramref name="buses"/> and <paramref name="branches"/>, solved by <paramref name="solver"/> (which it owns);
    /// <paramref name="branchInService"/> (per branch, case order; null = all) are the case's flags, the <c>in_service</c> inputs' start values.
    /// </summary>
    /// <remarks>
    /// <paramref name="busVariablePrefix"/> and <paramref name="branchVariablePrefix"/> go in front of each id in the
    /// variable names only (the solver still sees the bare id): <c>bus_</c> and <c>branch_</c> give the embedded power
    /// flow's names, <c>bus_840.v_pu</c> and <c>branch_800_802.loading_pct</c> for branch id <c>800_802</c>.
    /// </remarks>
    public RemoteGridComponent(string name, RemoteGridSolver solver, IReadOnlyList<string> buses, string busVariablePrefix = "", IReadOnlyList<string>? branches = null, string branchVariablePrefix = "", IReadOnlyList<bool>? branchInService = null)
    {
        ArgumentNullException.ThrowIfNull(busVariablePrefix);
        ArgumentNullException.ThrowIfNull(branchVariablePrefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(buses);
        Name = name;
        _solver = solver;
        _buses = [.. buses];
        _branches = [.. branches ?? []];
        _busIndex = Index(_buses, "buses");
        _branchIndex = Index(_branches, "branches");
        if (branchInService is not null && branchInService.Count != _branches.Length)
        {
            throw new ValidationException("branchInService", branchInService.Count, $"must hold one flag per branch ({_branches.Length})");
        }

        _caseInService = [.. _branches.Select((_, k) => branchInService is null || branchInService[k])];
        _inService = [.. _caseInService.Select(on => on ? 1.0 : 0.0)];
        _inputs = new double[2 * _buses.Length];
        _voltages = new double[_buses.Length];
        _voltagesRead = new double[_buses.Length];
        _branchValues = new double[RemoteGridResponseReader.BranchOutputs.Length * _branches.Length];
        _branchValuesRead = new double[_branchValues.Length];
        var n = (uint)_buses.Length;
        var variables = new List<VariableDescription>();
        for (var k = 0u; k < n; k++)
        {
            variables.Add(new(3 * k, $"{busVariablePrefix}{_buses[k]}.p_kw", VariableType.Real, VariableCausality.Input, Unit: "kW", Description: "active power injected into the grid") { StartReal = 0 });
            variables.Add(new((3 * k) + 1, $"{busVariablePrefix}{_buses[k]}.q_kvar", VariableType.Real, VariableCausality.Input, Unit: "kvar", Description: "reactive power injected into the grid") { StartReal = 0 });
            variables.Add(new((3 * k) + 2, $"{busVariablePrefix}{_buses[k]}.v_pu", VariableType.Real, VariableCausality.Output, Unit: "pu", Description: "voltage magnitude"));
        }

        variables.Add(new(3 * n, "total_losses_kw", VariableType.Real, VariableCausality.Output, Unit: "kW"));
        var r = (3 * n) + 1;
        foreach (var branch in _branches)
        {
            foreach (var (suffix, unit, description) in RemoteGridResponseReader.BranchOutputs)
            {
                variables.Add(new(r++, $"{branchVariablePrefix}{branch}.{suffix}", VariableType.Real, VariableCausality.Output, Unit: unit, Description: description));
            }
        }

        // After every other Real so the references above stay those of remote components without these inputs.
        _inServiceStart = r;
        for (var k = 0; k < _branches.Length; k++)
        {
            variables.Add(new(r++, $"{branchVariablePrefix}{_branches[k]}.in_service", VariableType.Real, VariableCausality.Input, Unit: "1", Description: "1 = in service, 0 = out of service") { StartReal = _inService[k] });
        }

        _branchVariablePrefix = branchVariablePrefix;
        _busVariablePrefix = busVariablePrefix;
        variables.Add(new(0, "converged", VariableType.Boolean, VariableCausality.Output));
        Description = new ComponentDescription("RemoteGrid", variables, new ComponentCapabilities(CanSaveState: true, CanSerializeState: false, CanRejectStep: true));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public ComponentDescription Description { get; }

    /// <inheritdoc />
    public void Setup(SimulationTime startTime, SimulationTime? stopTime, TimeResolution resolution) => _step = 0;

    /// <inheritdoc />
    public void EnterInitialization()
    {
    }

    /// <inheritdoc />
    public void ExitInitialization()
    {
    }

    /// <inheritdoc />
    public async ValueTask<StepResult> StepAsync(SimulationTime currentTime, SimulationDuration stepSize, CancellationToken cancellationToken)
    {
        var injections = _buses.Select((b, k) => new BusInjection { BusId = b, PKw = _inputs[2 * k], QKvar = _inputs[(2 * k) + 1] });
        SolveResponse solution;
        try
        {
            if (!_described)
            {
                var description = await _solver.DescribeAsync(cancellationToken).ConfigureAwait(false);
                var mismatch = description is null ? null : RemoteGridResponseReader.CompareDeclaredBranches(description.BranchIds, _branches);
                if (mismatch is not null)
                {
                    return StepResult.Failed($"{_solver.Address}: {mismatch}");
                }

                _described = true;
            }

            // Every branch whose input is 0 (the whole outage set), and the case's open branches (ties) put in.
            solution = await _solver.SolveAsync(
                _step,
                0,
                injections,
                cancellationToken,
                _branches.Where((_, k) => _inService[k] == 0),
                _branches.Where((_, k) => _inService[k] == 1 && !_caseInService[k])).ConfigureAwait(false);
        }
        catch (GridSolverDeadlineException ex)
        {
            return StepResult.Rejected(currentTime, ex.Message);
        }
        catch (ModelException ex)
        {
            return StepResult.Failed(ex.Message);
        }

        if (!solution.Converged)
        {
            _converged = false;
            return StepResult.Failed($"{_solver.Address}: {solution.Diagnosis}");
        }

        // Read into scratch arrays so a bad response leaves the last accepted step's outputs in place.
        var error = RemoteGridResponseReader.Read(solution, _buses, _busIndex, _branches, _branchIndex, _voltagesRead, _branchValuesRead);
        error ??= CheckOutOfService();
        if (error is not null)
        {
            return StepResult.Failed($"grid solver {_solver.Address} answered step {_step} with {error}");
        }

        _voltagesRead.CopyTo(_voltages, 0);
        _branchValuesRead.CopyTo(_branchValues, 0);
        _losses = solution.TotalLossesKw;
        _converged = true;
        _step++;
        return StepResult.Accepted;
    }

    /// <inheritdoc />
    public void Terminate()
    {
    }

    /// <inheritdoc />
    public void GetReal(ReadOnlySpan<uint> references, Span<double> values)
    {
        var n = (uint)_buses.Length;
        for (var i = 0; i < references.Length; i++)
        {
            var r = references[i];
            values[i] = r == 3 * n ? _losses
                : r < 3 * n && r % 3 == 2 ? _voltages[r / 3]
                : r < 3 * n ? _inputs[(2 * (r / 3)) + (r % 3)]
                : r - (3 * n) - 1 < (uint)_branchValues.Length ? _branchValues[r - (3 * n) - 1]
                : r - _inServiceStart < (uint)_inService.Length ? _inService[r - _inServiceStart]
                : throw new NotFoundException("real variable reference", r.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <inheritdoc />
    public void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        // Every value is checked before any is applied, so a refused batch leaves the inputs as they were.
        for (var i = 0; i < references.Length; i++)
        {
            CheckInput(references[i], values[i]);
        }

        for (var i = 0; i < references.Length; i++)
        {
            var r = references[i];
            if (r - _inServiceStart < (uint)_inService.Length)
            {
                _inService[r - _inServiceStart] = values[i];
            }
            else
            {
                _inputs[(2 * (r / 3)) + (r % 3)] = values[i];
            }
        }
    }

    private void CheckInput(uint r, double value)
    {
        if (r - _inServiceStart < (uint)_inService.Length)
        {
            // As the embedded power flow (same reasons): anything but 0/1 is refused, never read as "in service".
            if (value is not (0 or 1))
            {
                throw new ValidationException($"{Name}.{_branchVariablePrefix}{_branches[r - _inServiceStart]}.in_service", value, double.IsFinite(value) ? "must be 0 (out of service) or 1 (in service)" : "must be finite");
            }

            return;
        }

        var n = (uint)_buses.Length;
        if (r >= 3 * n || r % 3 == 2)
        {
            throw new ValidationException("reference", r, "is not an input of the remote grid");
        }

        if (!double.IsFinite(value))
        {
            // A NaN injection would reach the solver and come back as a diagnosis far from its cause.
            throw new ValidationException($"{Name}.{_busVariablePrefix}{_buses[r / 3]}.{(r % 3 == 0 ? "p_kw" : "q_kvar")}", value, "must be finite");
        }
    }

    /// <inheritdoc />
    public void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            values[i] = references[i] == 0 ? _converged : throw new NotFoundException("boolean variable reference", references[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <inheritdoc />
    public void GetInteger(ReadOnlySpan<uint> references, Span<long> values) => ThrowIfAny(references, "integer");

    /// <inheritdoc />
    public void GetString(ReadOnlySpan<uint> references, Span<string> values) => ThrowIfAny(references, "string");

    /// <inheritdoc />
    public void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values) => ThrowIfAny(references, "integer");

    /// <inheritdoc />
    public void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values) => ThrowIfAny(references, "boolean input");

    /// <inheritdoc />
    public void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values) => ThrowIfAny(references, "string");

    /// <inheritdoc />
    public ComponentState SaveState() => new RemoteGridState(Name, [.. _inputs], [.. _inService], [.. _voltages], [.. _branchValues], _losses, _converged, _step);

    /// <inheritdoc />
    public void RestoreState(ComponentState state)
    {
        if (state is not RemoteGridState s || s.OwnerName != Name)
        {
            throw new ValidationException("state", state?.OwnerName, $"is not a state of {Name}");
        }

        s.Inputs.CopyTo(_inputs, 0);
        s.InService.CopyTo(_inService, 0);
        s.Voltages.CopyTo(_voltages, 0);
        s.Branches.CopyTo(_branchValues, 0);
        (_losses, _converged, _step) = (s.Losses, s.Converged, s.Step);
    }

    /// <inheritdoc />
    public byte[] SerializeState(ComponentState state) =>
        throw new InvalidStateException(Name, "serialize state", "remote", "components with CanSerializeState (the solver's state lives in another process)");

    /// <inheritdoc />
    public ComponentState DeserializeState(ReadOnlySpan<byte> data) =>
        throw new InvalidStateException(Name, "deserialize state", "remote", "components with CanSerializeState (the solver's state lives in another process)");

    /// <inheritdoc />
    public void Dispose() => _solver.Dispose();

    // A branch sent out of service must come back without flow; within the tolerance it is recorded as exactly 0, as
    // the embedded power flow reports it.
    private string? CheckOutOfService()
    {
        const double tolerance = 1e-6;
        var m = RemoteGridResponseReader.BranchOutputs.Length;
        for (var k = 0; k < _branches.Length; k++)
        {
            if (_inService[k] != 0)
            {
                continue;
            }

            for (var j = 0; j < m; j++)
            {
                if (Math.Abs(_branchValuesRead[(m * k) + j]) > tolerance)
                {
                    return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"branch '{_branches[k]}' {RemoteGridResponseReader.BranchOutputs[j].Suffix} = {_branchValuesRead[(m * k) + j]:R} although it was sent out of service (SolveRequest.out_of_service_branch_ids); the solver must leave it out and answer zeros");
                }
            }

            Array.Clear(_branchValuesRead, m * k, m);
        }

        return null;
    }

    private static Dictionary<string, int> Index(string[] ids, string what)
    {
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var k = 0; k < ids.Length; k++)
        {
            if (!index.TryAdd(ids[k], k))
            {
                throw new ValidationException(what, ids[k], "appears twice; ids must be unique");
            }
        }

        return index;
    }

    private static void ThrowIfAny(ReadOnlySpan<uint> references, string kind)
    {
        if (references.Length > 0)
        {
            throw new NotFoundException($"{kind} variable reference", references[0].ToString(System.Globalization.CultureInfo.InvariantCulture), "the remote grid has none");
        }
    }
}
