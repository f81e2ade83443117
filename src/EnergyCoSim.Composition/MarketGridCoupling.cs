using System.Globalization;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Grid.Components;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Master;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Components;
using EnergyCoSim.Simulation.Coupling;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Strategies;
using M = EnergyCoSim.Simulation.Components.MarketVariableNames;
using P = EnergyCoSim.Grid.Components.PowerFlowVariableNames;

namespace EnergyCoSim.Composition;

/// <summary>
/// Wires the market, the power flow and the DSO's control into one master execution: Gauss–Seidel in that order,
/// the DSO's limits fed back to the market as iterative connections, so the master re-clears the same interval with
/// every component rolled back until the limits settle (feasible) or the cap is hit (reported per step).
/// </summary>
public static class MarketGridCoupling
{
    /// <summary>Component names in the execution.</summary>
    public const string MarketName = "market", GridName = "grid", DsoName = "dso";

    /// <summary>Builds the coupled execution; <paramref name="busOfAgent"/> null places agents by <see cref="DefaultPlacement"/>.</summary>
    /// <remarks>
    /// <paramref name="remoteGrid"/> (named <see cref="GridName"/>, see <see cref="RemoteGridFactory"/> for its variables)
    /// replaces the embedded power flow; its branch loadings feed the DSO's loading limit and the records as the embedded ones do.
    /// </remarks>
    public static CoupledRun Build(
        CompiledScenario scenario,
        IAgentStrategy strategy,
        GridCase feeder,
        IReadOnlyDictionary<string, int>? busOfAgent = null,
        CoupledRunOptions? options = null,
        EnvironmentOptions? environment = null,
        Action<ExecutionBuilder>? configure = null,
        Func<ExecutionOptions, ExecutionOptions>? adjust = null,
        CouplingAttachments? attachments = null,
        ICoSimComponent? remoteGrid = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(feeder);
        options ??= new CoupledRunOptions();
        var placement = busOfAgent ?? DefaultPlacement(scenario, feeder);
        Validate(scenario, feeder, placement, attachments?.BusInjections ?? []);
        var ordered = scenario.Agents.Select(a => new KeyValuePair<string, int>(a.Spec.Id, placement[a.Spec.Id])).ToArray();
        // With a power flow coupled, physical losses come from the power flow (supplied through the slack), so the
        // market's distance rule is switched off rather than counting losses twice.
        var market = new MarketComponent(MarketName, scenario, strategy, 0, (environment ?? EnvironmentOptions.Default) with { DistanceLosses = false },
            ordered.ToDictionary(a => a.Key, a => a.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal));
        if (remoteGrid is not null && remoteGrid.Name != GridName)
        {
            throw new ValidationException("remoteGrid.name", remoteGrid.Name, $"must be '{GridName}'");
        }

        var embedded = remoteGrid is null ? new PowerFlowComponent(GridName, feeder) : null;
        var grid = (ICoSimComponent?)embedded ?? remoteGrid!;
        var dso = new GridOperatorComponent(DsoName, feeder, ordered, options.GridOperator);
        var recorder = new CouplingRecorder(MarketName, GridName, DsoName)
        {
            Band = (options.GridOperator.VMinPu, options.GridOperator.VMaxPu),
            FixedVoltageBuses = feeder.Buses.Where(b => b.Type != BusType.PQ).Select(b => b.Id).ToHashSet(),
        };
        attachments ??= new CouplingAttachments();
        var builder = new ExecutionBuilder().WithTimeProvider(options.Clock);
        foreach (var c in attachments.Sources)
        {
            builder.AddComponent(c);
        }

        builder.AddComponent(market);
        var all = attachments.Sources.Concat(attachments.Devices).Append<Core.Components.ICoSimComponent>(market).Append(grid).Append(dso).ToArray();
        var gains = AddGains(builder, attachments.Gains, all);
        foreach (var c in attachments.Devices)
        {
            builder.AddComponent(c);
        }

        var sums = ConnectBuses(builder, ordered.Select(a => a.Value).Distinct().ToArray(), attachments.BusInjections);
        builder.AddComponent(grid).AddComponent(dso).AddObserver(recorder);

        foreach (var bus in feeder.Buses)
        {
            builder.Connect($"{GridName}.{P.Bus(bus.Id, P.VPu)}", $"{DsoName}.{P.Bus(bus.Id, P.VPu)}");
        }

        foreach (var branch in P.BranchNames(feeder))
        {
            builder.Connect($"{GridName}.{branch}.{P.LoadingPct}", $"{DsoName}.{branch}.{P.LoadingPct}");
        }

        var iterative = ConnectionSettings.Iterative(options.LimitToleranceKw, options.MaxCouplingIterations);
        foreach (var (id, _) in ordered)
        {
            foreach (var v in new[] { M.PKw, M.AppliedExportLimitKw, M.AppliedImportLimitKw })
            {
                builder.Connect($"{MarketName}.{M.Agent(id, v)}", $"{DsoName}.{M.Agent(id, v)}");
            }

            builder.Connect($"{DsoName}.{M.Agent(id, M.ExportLimitKw)}", $"{MarketName}.{M.Agent(id, M.ExportLimitKw)}", iterative);
            builder.Connect($"{DsoName}.{M.Agent(id, M.ImportLimitKw)}", $"{MarketName}.{M.Agent(id, M.ImportLimitKw)}", iterative);
            if (options.GridOperator.AdjustsFees)
            {
                // Fees are re-cleared like limits: the DSO reads the fee the market applied and returns the new one.
                builder.Connect($"{MarketName}.{M.Agent(id, M.AppliedNetworkFeeUsdPerMWh)}", $"{DsoName}.{M.Agent(id, M.AppliedNetworkFeeUsdPerMWh)}");
                builder.Connect($"{DsoName}.{M.Agent(id, M.NetworkFeeUsdPerMWh)}", $"{MarketName}.{M.Agent(id, M.NetworkFeeUsdPerMWh)}", iterative);
            }
        }

        configure?.Invoke(builder);
        var interval = SimulationDuration.From(scenario.MarketInterval, TimeResolution.Second);
        var steps = options.Steps ?? scenario.Document.MaxSteps;
        var executionOptions = new ExecutionOptions
        {
            StopTime = new SimulationTime(interval.Ticks * Math.Min(steps, scenario.Document.MaxSteps)),
            BaseStep = interval,
            Resolution = TimeResolution.Second,
            Algorithm = MasterAlgorithm.GaussSeidel,
            GaussSeidelOrder = [.. attachments.Sources.Select(c => c.Name), MarketName, .. gains, .. attachments.Devices.Select(c => c.Name), .. sums, GridName, DsoName],
        };
        var execution = builder.Build(adjust?.Invoke(executionOptions) ?? executionOptions);
        return new CoupledRun(execution, market, embedded, grid, dso, recorder, placement, feeder);
    }

    /// <summary>
    /// Connects the market's per-bus injections to the power flow; a bus with extra injections gets a summing point
    /// (market first, then the extras with their gains) in front of its power-flow input. Returns the summing points' names.
    /// </summary>
    private static List<string> ConnectBuses(ExecutionBuilder builder, int[] agentBuses, IReadOnlyList<BusInjection> extras)
    {
        var names = new List<string>();
        foreach (var bus in agentBuses)
        {
            builder.Connect($"{MarketName}.{M.Bus(bus.ToString(CultureInfo.InvariantCulture), M.QKvar)}", $"{GridName}.{P.Bus(bus, P.QKvar)}");
            if (!extras.Any(e => e.Bus == bus))
            {
                builder.Connect($"{MarketName}.{M.Bus(bus.ToString(CultureInfo.InvariantCulture), M.PKw)}", $"{GridName}.{P.Bus(bus, P.PKw)}");
            }
        }

        foreach (var group in extras.GroupBy(e => e.Bus).OrderBy(g => g.Key))
        {
            var bus = group.Key;
            var hasMarket = agentBuses.Contains(bus);
            var gains = (hasMarket ? new[] { 1.0 } : []).Concat(group.Select(e => e.Gain)).ToArray();
            var sum = new SummingComponent(SumName(bus), gains, "kW");
            builder.AddComponent(sum);
            var k = 0;
            if (hasMarket)
            {
                builder.Connect($"{MarketName}.{M.Bus(bus.ToString(CultureInfo.InvariantCulture), M.PKw)}", $"{sum.Name}.{SummingComponent.InputName(k++)}");
            }

            foreach (var e in group)
            {
                builder.Connect(e.Source, $"{sum.Name}.{SummingComponent.InputName(k++)}");
            }

            builder.Connect($"{sum.Name}.{SummingComponent.SumName}", $"{GridName}.{P.Bus(bus, P.PKw)}");
            names.Add(sum.Name);
        }

        return names;
    }

    private static List<string> AddGains(ExecutionBuilder builder, IReadOnlyList<GainConnection> connections, IReadOnlyList<Core.Components.ICoSimComponent> components)
    {
        var names = new List<string>();
        for (var i = 0; i < connections.Count; i++)
        {
            var c = connections[i];
            var from = VariableAddress.Parse(c.From);
            // The gain takes the source's unit, so the master's unit check still compares source and target.
            var unit = components.FirstOrDefault(x => x.Name == from.Component)?.Description.TryGetVariable(from.Variable, out var v) == true ? v.Unit : null;
            var gain = new SummingComponent("gain_" + i.ToString(CultureInfo.InvariantCulture), [c.Gain], unit ?? "1");
            builder.AddComponent(gain);
            builder.Connect(c.From, $"{gain.Name}.{SummingComponent.InputName(0)}", c.Settings);
            builder.Connect($"{gain.Name}.{SummingComponent.SumName}", c.To);
            names.Add(gain.Name);
        }

        return names;
    }

    /// <summary>The branch ids a remote solver uses for <paramref name="feeder"/>, in case order: the embedded names without <c>branch_</c> (<c>800_802</c>).</summary>
    public static IReadOnlyList<string> RemoteBranchIds(GridCase feeder) => [.. P.BranchNames(feeder).Select(n => n[P.BranchPrefix.Length..])];

    /// <summary>Name of the summing point in front of bus <paramref name="bus"/>'s power-flow injection.</summary>
    public static string SumName(int bus) => "sum_bus_" + bus.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Agents whose scenario grid node is a bus of <paramref name="feeder"/> keep it (IEEE 34 topology on the IEEE 34
    /// feeder); the others are spread in configuration order over the feeder's load buses.
    /// </summary>
    public static IReadOnlyDictionary<string, int> DefaultPlacement(CompiledScenario scenario, GridCase feeder)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(feeder);
        var buses = feeder.Buses.Select(b => b.Id).ToHashSet();
        var loadBuses = feeder.LoadBusIds.Count > 0 ? feeder.LoadBusIds : feeder.Buses.Where(b => b.Type == BusType.PQ).Select(b => b.Id).ToArray();
        var env = new LocalEnergyMarketEnvironment(scenario, new EnvironmentOptions { RecordHistory = false });
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        foreach (var agent in env.Agents)
        {
            map[agent.Id] = int.TryParse(agent.NodeId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bus) && buses.Contains(bus) && scenario.TopologyKind.ToString().Equals(feeder.Name.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
                ? bus
                : loadBuses[next++ % loadBuses.Count];
        }

        return map;
    }

    internal static void Validate(CompiledScenario scenario, GridCase feeder, IReadOnlyDictionary<string, int> placement, IReadOnlyList<BusInjection> injections)
    {
        var buses = feeder.Buses.ToDictionary(b => b.Id);
        var problems = new List<FieldViolation>();
        for (var i = 0; i < injections.Count; i++)
        {
            if (!buses.TryGetValue(injections[i].Bus, out var b) || b.Type == BusType.Slack)
            {
                problems.Add(new FieldViolation($"bus_injections[{i}].bus", FieldViolation.Render(injections[i].Bus), $"must be a non-slack bus of feeder '{feeder.Name}'"));
            }
        }

        foreach (var agent in scenario.Agents)
        {
            if (!placement.TryGetValue(agent.Spec.Id, out var bus))
            {
                problems.Add(new FieldViolation($"cosim.power_flow.buses.{agent.Spec.Id}", null, "every agent needs a feeder bus"));
            }
            else if (!buses.TryGetValue(bus, out var b))
            {
                problems.Add(new FieldViolation($"cosim.power_flow.buses.{agent.Spec.Id}", FieldViolation.Render(bus), $"is not a bus of feeder '{feeder.Name}'"));
            }
            else if (b.Type == BusType.Slack)
            {
                problems.Add(new FieldViolation($"cosim.power_flow.buses.{agent.Spec.Id}", FieldViolation.Render(bus), "is the slack bus (its voltage is fixed); choose a load bus"));
            }
        }

        foreach (var id in placement.Keys.Where(k => scenario.Agents.All(a => a.Spec.Id != k)))
        {
            problems.Add(new FieldViolation($"cosim.power_flow.buses.{id}", FieldViolation.Render(placement[id]), "names no agent of the scenario"));
        }

        if (problems.Count > 0)
        {
            throw new ValidationException(problems, "market–grid coupling");
        }
    }
}
