using EnergyCoSim.Core.Components;
using N = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Simulation.Components;

/// <summary>Value references of the market component: per agent a block of inputs and outputs, then buses, then globals.</summary>
internal sealed class MarketVariableLayout
{
    /// <summary>Variables per agent block (inputs first).</summary>
    public const int PerAgent = 15;

    /// <summary>Inputs at the start of an agent block.</summary>
    public const int AgentInputs = 5;

    private readonly int _agentCount;

    public MarketVariableLayout(IReadOnlyList<(string Id, string? NodeId)> agents)
    {
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
        Variables = vars;
    }

    public IReadOnlyList<VariableDescription> Variables { get; }

    /// <summary>Node ids that carry agents, in ordinal order (the bus outputs).</summary>
    public string[] BusNodes { get; }

    /// <summary>Per agent, the index into <see cref="BusNodes"/> (−1 when unplaced).</summary>
    public int[] AgentBus { get; }

    public uint BusStart { get; }

    public uint GlobalStart { get; }

    public static int AgentBase(int agent) => agent * PerAgent;

    public bool IsInput(uint reference) => reference < _agentCount * PerAgent && reference % PerAgent < AgentInputs;

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

    private static VariableDescription Input(uint r, string name, string unit, string description) =>
        new(r, name, VariableType.Real, VariableCausality.Input, VariableVariability.Discrete, unit, description) { StartReal = double.NaN };

    private static VariableDescription Output(uint r, string name, string unit, string description) =>
        new(r, name, VariableType.Real, VariableCausality.Output, VariableVariability.Discrete, unit, description) { StartReal = 0 };
}
