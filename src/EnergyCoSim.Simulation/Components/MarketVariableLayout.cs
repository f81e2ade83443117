using EnergyCoSim.Core.Components;
using EnergyCoSim.Simulation.Environments;
using N = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Simulation.Components;

/// <summary>
/// Value references of the market component: per agent a block of inputs and outputs, then buses, then globals.
/// Shared by <see cref="MarketComponent"/> and the gRPC sessions, so both expose the same names with the same meaning.
/// </summary>
public sealed class MarketVariableLayout
{
    /// <summary>Variables per agent block (inputs first).</summary>
    public const int PerAgent = 15;

    /// <summary>Inputs at the start of an agent block.</summary>
    public const int AgentInputs = 5;

    private readonly int _agentCount;
    private readonly Dictionary<string, uint> _byName;
    private readonly Dictionary<string, double> _fees = new(StringComparer.Ordinal);

    /// <summary>Lays out <paramref name="agents"/> in order; agents with a node id feed that bus's outputs.</summary>
    public MarketVariableLayout(IReadOnlyList<(string Id, string? NodeId)> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        _agentCount = agents.Count;
        var vars = new List<VariableDescription>();
        uint r = 0;
        foreach (var (id, _) in agents)
        {
            vars.Add(Input(r++, N.Agent(id, N.GenerationKw), "kW", "PV generation this interval (NaN = profile)"));
            vars.Add(Input(r++, N.Agent(id, N.DemandKw), "kW", "demand this interval (NaN = profile)"));
            vars.Add(Input(r++, N.Agent(id, N.ExportLimitKw), "kW", "DSO export limit this interval (NaN = none)"));
            vars.Add(Input(r++, N.Agent(id, N.ImportLimitKw), "kW", "DSO import limit this interval (NaN = none)"));
            vars.Add(Input(r++, N.Agent(id, N.NetworkFeeUsdPerMWh), "USD/MWh", "DSO grid fee on the agent's P2P trades this interval (NaN = none)"));
            vars.Add(Output(r++, N.Agent(id, N.PKw), "kW", "net active injection into the grid"));
            vars.Add(Output(r++, N.Agent(id, N.QKvar), "kvar", "net reactive injection into the grid"));
            vars.Add(Output(r++, N.Agent(id, N.Soc), "1", "battery state of charge"));
            vars.Add(Output(r++, N.Agent(id, N.BoughtKwh), "kWh", "energy bought in the last interval"));
            vars.Add(Output(r++, N.Agent(id, N.SoldKwh), "kWh", "energy sold in the last interval"));
            vars.Add(Output(r++, N.Agent(id, N.LimitedKwh), "kWh", "generation curtailed or demand shed by DSO limits in the last interval"));
            vars.Add(Output(r++, N.Agent(id, N.CashUsd), "USD", "cash since the episode began"));
            vars.Add(Output(r++, N.Agent(id, N.AppliedExportLimitKw), "kW", "export limit applied in the last interval (1e9 = none)") with { StartReal = N.Unlimited });
            vars.Add(Output(r++, N.Agent(id, N.AppliedImportLimitKw), "kW", "import limit applied in the last interval (1e9 = none)") with { StartReal = N.Unlimited });
            vars.Add(Output(r++, N.Agent(id, N.AppliedNetworkFeeUsdPerMWh), "USD/MWh", "grid fee applied in the last interval (0 = none)"));
        }

        BusNodes = agents.Select(a => a.NodeId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        BusStart = r;
        foreach (var node in BusNodes)
        {
            vars.Add(Output(r++, N.Bus(node, N.PKw), "kW", "net active injection of the bus's agents"));
            vars.Add(Output(r++, N.Bus(node, N.QKvar), "kvar", "net reactive injection of the bus's agents"));
        }

        AgentBus = agents.Select(a => a.NodeId is null ? -1 : Array.IndexOf(BusNodes, a.NodeId)).ToArray();
        GlobalStart = r;
        vars.Add(Output(r++, N.ClearingPrice, "USD/MWh", "clearing price of the last interval"));
        vars.Add(Output(r++, N.ClearingVolumeKwh, "kWh", "cleared volume of the last interval"));
        vars.Add(Output(r++, N.P2PVolumeKwh, "kWh", "peer-to-peer volume of the last interval"));
        vars.Add(Output(r++, N.DsoBuyKwh, "kWh", "energy the DSO bought in the last interval"));
        vars.Add(Output(r++, N.DsoSellKwh, "kWh", "energy the DSO sold in the last interval"));
        vars.Add(Output(r++, N.Interval, "1", "index of the next interval to clear"));

        // Price signals (a price shock from a scheduled event or another model); appended so references above stay.
        TariffStart = r;
        vars.Add(Input(r++, N.DsoFeedInUsdPerMWh, "USD/MWh", "DSO feed-in tariff of the coming interval (NaN = the scenario's)"));
        vars.Add(Input(r++, N.DsoUtilityUsdPerMWh, "USD/MWh", "DSO utility price of the coming interval (NaN = the scenario's)"));

        // Battery failure / repair per agent (a scheduled event); 1 = in service.
        BatteryStart = r;
        foreach (var (id, _) in agents)
        {
            vars.Add(Input(r++, N.Agent(id, N.BatteryInService), "1", "1 = battery in service, 0 = failed (no charge or discharge); agents without a battery keep 1") with { StartReal = 1 });
        }
        Variables = vars;
        _byName = vars.ToDictionary(v => v.Name, v => v.Reference, StringComparer.Ordinal);
    }

    /// <summary>Every variable; the reference is the index into the value array.</summary>
    public IReadOnlyList<VariableDescription> Variables { get; }

    /// <summary>Node ids that carry agents, in ordinal order (the bus outputs).</summary>
    public string[] BusNodes { get; }

    /// <summary>Per agent, the index into <see cref="BusNodes"/> (−1 when unplaced).</summary>
    public int[] AgentBus { get; }

    /// <summary>Reference of the first bus output.</summary>
    public uint BusStart { get; }

    /// <summary>Reference of the first market-wide output.</summary>
    public uint GlobalStart { get; }

    /// <summary>Reference of the DSO feed-in tariff input (the utility price follows).</summary>
    public uint TariffStart { get; }

    /// <summary>Reference of the first agent's battery-in-service input (one per agent, in agent order).</summary>
    public uint BatteryStart { get; }

    /// <summary>The layout of <paramref name="env"/>'s agents, placed by their scenario node unless <paramref name="busOfAgent"/> says otherwise.</summary>
    public static MarketVariableLayout For(LocalEnergyMarketEnvironment env, IReadOnlyDictionary<string, string>? busOfAgent = null)
    {
        ArgumentNullException.ThrowIfNull(env);
        return new MarketVariableLayout(env.Agents.Select(a => (a.Id, busOfAgent is null ? a.NodeId : busOfAgent.GetValueOrDefault(a.Id))).ToArray());
    }

    /// <summary>First reference of agent <paramref name="agent"/>'s block.</summary>
    public static int AgentBase(int agent) => agent * PerAgent;

    /// <summary>True for the inputs: per agent generation, demand, export and import limits, grid fee; the DSO tariffs.</summary>
    public bool IsInput(uint reference) =>
        (reference < _agentCount * PerAgent && reference % PerAgent < AgentInputs) || reference == TariffStart || reference == TariffStart + 1
        || (reference >= BatteryStart && reference < BatteryStart + _agentCount);

    /// <summary>The reference of variable <paramref name="name"/>, if there is one.</summary>
    public bool TryGetReference(string name, out uint reference) => _byName.TryGetValue(name, out reference);

    /// <summary>A value array at the variables' start values.</summary>
    public double[] CreateValues()
    {
        var values = new double[Variables.Count];
        foreach (var v in Variables)
        {
            values[v.Reference] = v.StartReal ?? 0;
        }

        return values;
    }

    /// <summary>Outputs back to their start values (inputs keep what was set).</summary>
    public void ResetOutputs(double[] values)
    {
        foreach (var v in Variables)
        {
            if (v.Causality == VariableCausality.Output)
            {
                values[v.Reference] = v.StartReal ?? 0;
            }
        }
    }

    /// <summary>
    /// Hands the inputs in <paramref name="values"/> to <paramref name="env"/> for its current interval (kW over the
    /// interval's hours; NaN = profile / no limit / no fee) and writes the curtailment and applied-limit outputs.
    /// Returns true when a grid fee applies to this interval.
    /// </summary>
    public bool ApplyInputs(LocalEnergyMarketEnvironment env, double[] values)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(values);
        // Checked before anything is handed over, so a bad value leaves the interval untouched.
        for (var i = 0; i < env.Agents.Count; i++)
        {
            var service = values[BatteryStart + i];
            if ((service is not (0 or 1) && !double.IsNaN(service)) || (service == 0 && env.Agents[i].Battery is null))
            {
                throw new Core.Errors.ValidationException(N.Agent(env.Agents[i].Id, N.BatteryInService), service, env.Agents[i].Battery is null ? "must stay 1: the agent has no battery" : "must be 1 (in service) or 0 (failed)");
            }
        }

        var hours = env.Scenario.MarketInterval.TotalHours;
        var t = env.CurrentStep;
        for (var i = 0; i < env.Agents.Count; i++)
        {
            var b = AgentBase(i);
            var agent = env.Agents[i];
            double genIn = values[b], demIn = values[b + 1], exportLimit = values[b + 2], importLimit = values[b + 3];
            var gen = double.IsNaN(genIn) ? agent.Generation[t].Value : Math.Max(0, genIn) * hours;
            var dem = double.IsNaN(demIn) ? agent.Demand[t].Value : Math.Max(0, demIn) * hours;
            // An input equal to the profile is no override: overrides are kept at float precision (for replay), which
            // would otherwise move a run fed its own profiles away from the plain run.
            var changed = gen != agent.Generation[t].Value || dem != agent.Demand[t].Value;
            double limited = 0;

            // The DSO's limits act on the physical resources behind the orders: surplus generation beyond what the
            // agent uses plus the export limit is curtailed, demand beyond own generation plus the import limit is shed.
            if (!double.IsNaN(exportLimit) && gen > dem + (Math.Max(0, exportLimit) * hours))
            {
                limited += gen - (dem + (Math.Max(0, exportLimit) * hours));
                gen = dem + (Math.Max(0, exportLimit) * hours);
                changed = true;
            }

            if (!double.IsNaN(importLimit) && dem > gen + (Math.Max(0, importLimit) * hours))
            {
                limited += dem - (gen + (Math.Max(0, importLimit) * hours));
                dem = gen + (Math.Max(0, importLimit) * hours);
                changed = true;
            }

            if (changed)
            {
                env.OverrideCurrentInterval(i, gen, dem);
            }

            values[b + 10] = limited;
            values[b + 12] = double.IsNaN(exportLimit) ? MarketVariableNames.Unlimited : exportLimit;
            values[b + 13] = double.IsNaN(importLimit) ? MarketVariableNames.Unlimited : importLimit;
            var fee = values[b + 4];
            values[b + 14] = fee > 0 && double.IsFinite(fee) ? fee : 0;
        }

        for (var i = 0; i < env.Agents.Count; i++)
        {
            var service = values[BatteryStart + i];
            var battery = env.Agents[i].Battery;
            if (!double.IsNaN(service) && (battery is not null ? battery.OutOfService != (service == 0) : service == 0))
            {
                env.SetBatteryInService(i, service == 1);
            }
        }

        double feedIn = values[TariffStart], utility = values[TariffStart + 1];
        if (!double.IsNaN(feedIn) || !double.IsNaN(utility))
        {
            env.OverrideCurrentTariffs(
                double.IsNaN(feedIn) ? null : new Core.Units.PriceUsdPerMWh(feedIn), double.IsNaN(utility) ? null : new Core.Units.PriceUsdPerMWh(utility));
        }

        return ApplyGridFees(env, values);
    }

    // The DSO learns this interval's per-agent fees (only when some are set, or were, so fee-free runs never touch it).
    private bool ApplyGridFees(LocalEnergyMarketEnvironment env, double[] values)
    {
        _fees.Clear();
        for (var i = 0; i < env.Agents.Count; i++)
        {
            var fee = values[AgentBase(i) + 14];
            if (fee > 0)
            {
                _fees[env.Agents[i].Id] = fee;
            }
        }

        if (_fees.Count > 0 || env.Dso.GridFees.Count > 0)
        {
            env.SetCurrentGridFees(_fees);
        }

        return _fees.Count > 0;
    }

    /// <summary>Writes the outputs into <paramref name="values"/> from <paramref name="env"/>'s current state and last matching.</summary>
    public void Publish(LocalEnergyMarketEnvironment env, double[] values)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(values);
        var hours = env.Scenario.MarketInterval.TotalHours;
        var n = env.Agents.Count;
        var bus = (int)BusStart;
        Array.Clear(values, bus, BusNodes.Length * 2);
        var m = env.LastMatching;
        for (var i = 0; i < n; i++)
        {
            var b = AgentBase(i);
            var agent = env.Agents[i];
            double bought = 0, sold = 0;
            if (m is not null && env.CurrentStep > 0)
            {
                foreach (var trade in m.Trades)
                {
                    bought += trade.BuyerId == agent.Id ? trade.Quantity.Value : 0;
                    sold += trade.SellerId == agent.Id ? trade.Quantity.Value : 0;
                }
            }

            var p = (sold - bought) / hours;
            values[b + 5] = p;
            values[b + 6] = 0;
            values[b + 7] = agent.Battery?.Soc ?? 0;
            values[b + 8] = bought;
            values[b + 9] = sold;
            values[b + 11] = agent.Profit.Value;
            if (AgentBus[i] >= 0)
            {
                values[bus + (2 * AgentBus[i])] += p;
            }
        }

        var g = (int)GlobalStart;
        var has = m is not null && env.CurrentStep > 0;
        values[g] = has ? m!.ClearingPrice.Value : 0;
        values[g + 1] = has ? m!.ClearingVolume.Value : 0;
        values[g + 2] = has ? m!.P2PVolume.Value : 0;
        values[g + 3] = has ? m!.DsoBuyVolume.Value : 0;
        values[g + 4] = has ? m!.DsoSellVolume.Value : 0;
        values[g + 5] = env.CurrentStep;
    }

    private static VariableDescription Input(uint r, string name, string unit, string description) =>
        new(r, name, VariableType.Real, VariableCausality.Input, VariableVariability.Discrete, unit, description) { StartReal = double.NaN };

    private static VariableDescription Output(uint r, string name, string unit, string description) =>
        new(r, name, VariableType.Real, VariableCausality.Output, VariableVariability.Discrete, unit, description) { StartReal = 0 };
}
