using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.FmuExport;

/// <content>Typed get/set by value reference, with the causality rules of FMI (parameters before initialisation, outputs read-only).</content>
internal sealed partial class MarketSlave
{
    public void GetReal(ReadOnlySpan<uint> vr, Span<double> values)
    {
        CheckLengths(vr.Length, values.Length);
        for (var k = 0; k < vr.Length; k++)
        {
            values[k] = vr[k] == MarketVariableLayout.TimeRef ? _time : _reals[Slot(vr[k], FmuScalarType.Real)];
        }
    }

    public void SetReal(ReadOnlySpan<uint> vr, ReadOnlySpan<double> values)
    {
        CheckLengths(vr.Length, values.Length);
        for (var k = 0; k < vr.Length; k++)
        {
            var slot = Slot(vr[k], FmuScalarType.Real);
            CheckWritable(vr[k]);
            if (double.IsNaN(values[k]) || double.IsInfinity(values[k]))
            {
                throw new ArgumentOutOfRangeException(nameof(values), values[k], $"{Layout.Variables[(int)vr[k]].Name} cannot be set to {values[k]}");
            }

            _reals[slot] = values[k];
        }
    }

    public void GetInteger(ReadOnlySpan<uint> vr, Span<int> values)
    {
        CheckLengths(vr.Length, values.Length);
        for (var k = 0; k < vr.Length; k++)
        {
            values[k] = _ints[Slot(vr[k], FmuScalarType.Integer)];
        }
    }

    public void SetInteger(ReadOnlySpan<uint> vr, ReadOnlySpan<int> values)
    {
        CheckLengths(vr.Length, values.Length);
        for (var k = 0; k < vr.Length; k++)
        {
            var slot = Slot(vr[k], FmuScalarType.Integer);
            CheckWritable(vr[k]);
            _ints[slot] = values[k];
        }
    }

    public void GetBoolean(ReadOnlySpan<uint> vr, Span<bool> values)
    {
        CheckLengths(vr.Length, values.Length);
        for (var k = 0; k < vr.Length; k++)
        {
            values[k] = _bools[Slot(vr[k], FmuScalarType.Boolean)];
        }
    }

    public void SetBoolean(ReadOnlySpan<uint> vr, ReadOnlySpan<bool> values)
    {
        CheckLengths(vr.Length, values.Length);
        for (var k = 0; k < vr.Length; k++)
        {
            Slot(vr[k], FmuScalarType.Boolean);
            CheckWritable(vr[k]);
        }
    }

    public string GetString(uint vr) => _strings[Slot(vr, FmuScalarType.String)];

    public void SetString(uint vr, string value)
    {
        var slot = Slot(vr, FmuScalarType.String);
        CheckWritable(vr);
        _strings[slot] = value;
    }

    /// <summary>Fails for value references that are unknown or of another type, naming both.</summary>
    public int Slot(uint vr, FmuScalarType type)
    {
        var slot = Layout.SlotOf(vr, type);
        if (slot >= 0 || (vr == MarketVariableLayout.TimeRef && type == FmuScalarType.Real))
        {
            return slot;
        }

        throw new ArgumentException(vr < (uint)Layout.Variables.Count
            ? $"value reference {vr} ({Layout.Variables[(int)vr].Name}) is a {Layout.Variables[(int)vr].Type}, not a {type}"
            : $"unknown value reference {vr} (this FMU has 0..{Layout.Variables.Count - 1})");
    }

    private static void CheckLengths(int references, int values)
    {
        if (values < references)
        {
            throw new ArgumentException($"{references} value references but room for {values} values");
        }
    }

    private void CheckWritable(uint vr)
    {
        var v = Layout.Variables[(int)vr];
        var ok = v.Causality switch
        {
            "input" => Phase != SlavePhase.Terminated,
            "parameter" => Phase is SlavePhase.Instantiated or SlavePhase.Initialization,
            _ => false,
        };
        if (!ok)
        {
            throw new InvalidOperationException($"{v.Name} ({v.Causality}) cannot be set in state {Phase}");
        }
    }

    private int Int(uint vr) => _ints[Layout.SlotOf(vr, FmuScalarType.Integer)];

    private double Real(uint vr) => _reals[Layout.SlotOf(vr, FmuScalarType.Real)];

    private void SetRealSlot(uint vr, double value) => _reals[Layout.SlotOf(vr, FmuScalarType.Real)] = value;

    /// <summary>Copies the last cleared interval's records into the output variables (all zero before the first clear).</summary>
    private void PublishOutputs()
    {
        var env = _env!;
        var n = Layout.AgentIds.Count;
        var hours = IntervalSeconds / 3600.0;
        var market = env.MarketHistory.Count > 0 ? env.MarketHistory[^1] : null;
        SetRealSlot(MarketVariableLayout.PriceRef, market?.ClearingPrice ?? 0);
        SetRealSlot(MarketVariableLayout.ClearingVolumeRef, market?.ClearingVolume ?? 0);
        SetRealSlot(MarketVariableLayout.P2PRef, market?.P2PVolume ?? 0);
        SetRealSlot(MarketVariableLayout.DsoRef, market?.DsoTotalVolume ?? 0);
        SetRealSlot(MarketVariableLayout.FeedInOutRef, market?.FeedInTariff ?? 0);
        SetRealSlot(MarketVariableLayout.UtilityOutRef, market?.UtilityPrice ?? 0);
        _ints[Layout.SlotOf(MarketVariableLayout.StepRef, FmuScalarType.Integer)] = env.CurrentStep;
        _bools[0] = env.IsDone;
        Span<double> bus = stackalloc double[Layout.BusIds.Count];
        Span<double> busKvar = stackalloc double[Layout.BusIds.Count];
        bus.Clear();
        busKvar.Clear();
        var history = env.AgentHistory;
        for (var i = 0; i < n; i++)
        {
            var record = history.Count >= n ? history[history.Count - n + i] : null;
            var agent = env.Agents[i];
            var net = record is null ? 0 : (record.SoldKWh - record.BoughtKWh) / hours;
            var q = _tanPhi == 0 ? 0 : net * _tanPhi;
            bus[_agentBus[i]] += net;
            busKvar[_agentBus[i]] += q;
            SetRealSlot(MarketVariableLayout.AgentRef(i, MarketVariableLayout.NetInjection), net);
            SetRealSlot(MarketVariableLayout.AgentRef(i, MarketVariableLayout.NetInjectionKvar), q);
            SetRealSlot(MarketVariableLayout.AgentRef(i, MarketVariableLayout.Soc), record?.Soc ?? agent.Battery?.Soc ?? 0);
            SetRealSlot(MarketVariableLayout.AgentRef(i, MarketVariableLayout.EnergyLevel), record?.EnergyLevelKWh ?? agent.Battery?.EnergyLevel.Value ?? 0);
            SetRealSlot(MarketVariableLayout.AgentRef(i, MarketVariableLayout.Bought), record?.BoughtKWh ?? 0);
            SetRealSlot(MarketVariableLayout.AgentRef(i, MarketVariableLayout.Sold), record?.SoldKWh ?? 0);
            SetRealSlot(MarketVariableLayout.AgentRef(i, MarketVariableLayout.Cash), record?.CashUsd ?? 0);
            SetRealSlot(MarketVariableLayout.AgentRef(i, MarketVariableLayout.Reward), record?.Reward ?? 0);
        }

        for (var k = 0; k < bus.Length; k++)
        {
            SetRealSlot(Layout.BusRef(k), bus[k]);
            SetRealSlot(Layout.BusKvarRef(k), busKvar[k]);
        }
    }

    /// <summary>The agent record of the last cleared interval (tests compare it with an in-process run).</summary>
    internal AgentStepRecord? LastRecord(int agent) =>
        _env is { } env && env.AgentHistory.Count >= Layout.AgentIds.Count ? env.AgentHistory[env.AgentHistory.Count - Layout.AgentIds.Count + agent] : null;
}
