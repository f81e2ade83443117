using System.Globalization;
using EnergyCoSim.Client;
using EnergyCoSim.Composition;
using BusInjection = EnergyCoSim.Contracts.V1.BusInjection;
using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Service.Sessions;

/// <summary>
/// The feeder of a session whose scenario has a <c>cosim</c> section: the solver gets what the cosim path's remote
/// grid component gets for the same market result (every feeder bus in case order, the agents' net injections summed
/// at their buses, 0 elsewhere; the feeder's own loads are the solver's) and its answer is held to the same rules.
/// </summary>
internal sealed class SessionFeeder
{
    private readonly string[] _buses;
    private readonly string[] _branches;
    private readonly Dictionary<string, int> _busIndex;
    private readonly Dictionary<string, int> _branchIndex;
    private readonly Dictionary<string, int> _busOfAgent;

    public SessionFeeder((GridCase Feeder, IReadOnlyDictionary<string, int> BusOfAgent) placement)
    {
        var (feeder, busOfAgent) = placement;
        _buses = [.. feeder.Buses.Select(b => b.Id.ToString(CultureInfo.InvariantCulture))];
        _branches = [.. MarketGridCoupling.RemoteBranchIds(feeder)];
        _busIndex = _buses.Select((b, k) => (b, k)).ToDictionary(x => x.b, x => x.k, StringComparer.Ordinal);
        _branchIndex = _branches.Select((b, k) => (b, k)).ToDictionary(x => x.b, x => x.k, StringComparer.Ordinal);
        _busOfAgent = busOfAgent.ToDictionary(a => a.Key, a => _busIndex[a.Value.ToString(CultureInfo.InvariantCulture)], StringComparer.Ordinal);
        Name = feeder.Name;
    }

    /// <summary>The feeder's name, e.g. <c>ieee34</c>.</summary>
    public string Name { get; }

    /// <summary>One injection per feeder bus, kW/kvar into the grid: energy per interval over its hours, as the market component publishes it.</summary>
    public IEnumerable<BusInjection> Injections(IReadOnlyList<AgentStepRecord> agents, double hours)
    {
        var p = new double[_buses.Length];
        foreach (var a in agents)
        {
            p[_busOfAgent[a.AgentId]] += (a.SoldKWh - a.BoughtKWh) / hours;
        }

        return _buses.Select((b, k) => new BusInjection { BusId = b, PKw = p[k], QKvar = 0 });
    }

    /// <summary>Null when the solver declares no branches or the feeder's, else what differs.</summary>
    public string? CompareDeclaredBranches(IReadOnlyCollection<string> declared) => RemoteGridResponseReader.CompareDeclaredBranches(declared, _branches);

    /// <summary>
    /// The converged answer <paramref name="s"/> per bus and branch in case order; throws a <see cref="ModelException"/>
    /// naming the bus or branch, field and value when it is unusable (so the step is rolled back).
    /// </summary>
    public (GridBusSummary[] Buses, GridBranchSummary[] Branches) Read(SolveResponse s, string solver, int step)
    {
        var voltages = new double[_buses.Length];
        var values = new double[RemoteGridResponseReader.BranchOutputs.Length * _branches.Length];
        var error = RemoteGridResponseReader.Read(s, _buses, _busIndex, _branches, _branchIndex, voltages, values);
        if (error is not null)
        {
            throw new ModelException($"grid solver {solver}", $"answered step {step} with {error}");
        }

        var angles = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in s.Voltages)
        {
            angles[v.BusId] = v.AngleDeg;
        }

        var buses = _buses.Select((b, k) => new GridBusSummary(b, voltages[k], angles[b])).ToArray();
        var n = RemoteGridResponseReader.BranchOutputs.Length;
        var branches = _branches.Select((b, k) => new GridBranchSummary(b, values[n * k], values[(n * k) + 1], values[(n * k) + 2], values[(n * k) + 3], values[(n * k) + 4], values[(n * k) + 5])).ToArray();
        return (buses, branches);
    }
}
