using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Environments;

namespace EnergyCoSim.Service.Sessions;

/// <summary>
/// Session variables read from and written to a <see cref="LocalEnergyMarketEnvironment"/>: per-agent
/// generation/demand overrides as inputs, per-agent and market results of the last interval as outputs.
/// </summary>
internal sealed class EnvironmentVariableTable : ISessionVariableTable
{
    private readonly LocalEnergyMarketEnvironment _env;
    private readonly Dictionary<string, Func<double>> _outputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Agent, bool Generation)> _inputs = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (double? Generation, double? Demand)> _pending = [];
    private readonly Dictionary<int, (double? Generation, double? Demand)> _lastApplied = [];

    public EnvironmentVariableTable(LocalEnergyMarketEnvironment env)
    {
        _env = env;
        var list = new List<SessionVariable>();
        for (var i = 0; i < env.AgentIds.Count; i++)
        {
            var id = env.AgentIds[i];
            list.Add(new($"{id}.generation_kwh", "kWh", "input", "generation of the coming interval (overrides the profile)"));
            list.Add(new($"{id}.demand_kwh", "kWh", "input", "demand of the coming interval (overrides the profile)"));
            _inputs[$"{id}.generation_kwh"] = (i, true);
            _inputs[$"{id}.demand_kwh"] = (i, false);
        }

        for (var i = 0; i < env.AgentIds.Count; i++)
        {
            var id = env.AgentIds[i];
            AddAgentOutput(list, id, "soc", "1", "battery state of charge 0–1; NaN without battery", r => r.Soc ?? double.NaN);
            AddAgentOutput(list, id, "cash_usd", "USD", "cash of the last interval", r => r.CashUsd);
            AddAgentOutput(list, id, "bought_kwh", "kWh", "energy bought in the last interval", r => r.BoughtKWh);
            AddAgentOutput(list, id, "sold_kwh", "kWh", "energy sold in the last interval", r => r.SoldKWh);
            AddAgentOutput(list, id, "net_position_kwh", "kWh", "sold − bought in the last interval (positive: export)", r => r.SoldKWh - r.BoughtKWh);
        }

        AddMarketOutput(list, "clearing_price_usd_per_mwh", "USD/MWh", "clearing price of the last interval", m => m.ClearingPrice);
        AddMarketOutput(list, "p2p_volume_kwh", "kWh", "peer-to-peer volume of the last interval", m => m.P2PVolume);
        AddMarketOutput(list, "dso_buy_volume_kwh", "kWh", "energy the DSO bought in the last interval", m => m.DsoBuyVolume);
        AddMarketOutput(list, "dso_sell_volume_kwh", "kWh", "energy the DSO sold in the last interval", m => m.DsoSellVolume);
        Variables = list;
    }

    public IReadOnlyList<SessionVariable> Variables { get; }

    public double Get(string name)
    {
        if (_outputs.TryGetValue(name, out var read))
        {
            return read();
        }

        if (_inputs.TryGetValue(name, out var input))
        {
            var pending = _pending.GetValueOrDefault(input.Agent);
            var value = input.Generation ? pending.Generation : pending.Demand;
            return value ?? double.NaN;
        }

        throw new ValidationException("names", name, "is not a variable of this session");
    }

    public void Set(string name, double value)
    {
        if (!_inputs.TryGetValue(name, out var input))
        {
            var why = _outputs.ContainsKey(name) ? "is an output and cannot be set" : "is not a variable of this session";
            throw new ValidationException("names", name, why);
        }

        if (!double.IsFinite(value) || value < 0)
        {
            throw new ValidationException("values", value, $"for {name} must be a finite energy ≥ 0 kWh");
        }

        var pending = _pending.GetValueOrDefault(input.Agent);
        _pending[input.Agent] = input.Generation ? pending with { Generation = value } : pending with { Demand = value };
    }

    public void ApplyInputs()
    {
        _lastApplied.Clear();
        foreach (var (agent, values) in _pending)
        {
            _lastApplied[agent] = values;
        }

        foreach (var (agent, values) in _pending)
        {
            _env.OverrideCurrentInterval(agent, values.Generation, values.Demand);
        }

        _pending.Clear();
    }

    public void UndoApply()
    {
        foreach (var (agent, values) in _lastApplied)
        {
            _pending.TryAdd(agent, values);
        }

        _lastApplied.Clear();
    }

    private void AddAgentOutput(List<SessionVariable> list, string id, string suffix, string unit, string description, Func<Simulation.Results.AgentStepRecord, double> read)
    {
        var name = $"{id}.{suffix}";
        list.Add(new(name, unit, "output", description));
        _outputs[name] = () =>
        {
            // The agent history is ordered by step then agent, so the agent's latest record is among the last N.
            var history = _env.AgentHistory;
            for (var k = history.Count - 1; k >= 0 && k >= history.Count - _env.AgentIds.Count; k--)
            {
                if (string.Equals(history[k].AgentId, id, StringComparison.Ordinal))
                {
                    return read(history[k]);
                }
            }

            return double.NaN;
        };
    }

    private void AddMarketOutput(List<SessionVariable> list, string suffix, string unit, string description, Func<Simulation.Analytics.MarketStepRecord, double> read)
    {
        var name = $"market.{suffix}";
        list.Add(new(name, unit, "output", description));
        _outputs[name] = () => _env.MarketHistory.Count > 0 ? read(_env.MarketHistory[^1]) : double.NaN;
    }
}
