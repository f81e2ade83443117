using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Mosaik.Simple;

/// <summary>
/// A small, exact community model used to exercise the mosaik path before the market component is plugged in:
/// prosumers with PV, load and a battery that charges from surplus and covers deficits, peer-to-peer matching of the
/// rest within each market (pro rata) and the grid tariffs for what is left. Real variables per prosumer (inputs
/// pv_kw, load_kw; outputs p_net_kw, soc, bought_kwh, sold_kwh, cash_usd, clearing_price_usd_per_mwh) and per market
/// (clearing_price_usd_per_mwh, p2p_kwh, dso_bought_kwh, dso_sold_kwh); an Integer parameter per market for the mechanism.
/// </summary>
internal sealed class SimpleCommunityComponent : ICoSimComponent
{
    /// <summary>Real variables per prosumer, in reference order.</summary>
    public static readonly string[] ProsumerAttrs = ["pv_kw", "load_kw", "p_net_kw", "soc", "bought_kwh", "sold_kwh", "cash_usd", "clearing_price_usd_per_mwh"];

    /// <summary>Real variables per market, in reference order.</summary>
    public static readonly string[] MarketAttrs = ["clearing_price_usd_per_mwh", "p2p_kwh", "dso_bought_kwh", "dso_sold_kwh"];

    /// <summary>Name of the Integer mechanism parameter of each market.</summary>
    public const string MechanismAttr = "mechanism";

    private const int PvIdx = 0, LoadIdx = 1, NetIdx = 2, SocIdx = 3, BoughtIdx = 4, SoldIdx = 5, CashIdx = 6, PriceIdx = 7;
    private readonly ComponentLifecycle _lifecycle;
    private readonly IReadOnlyList<SimpleMarketSpec> _markets;
    private readonly SimpleProsumerSpec[] _prosumers;
    private readonly int[] _marketOfProsumer;
    private readonly double[] _real;
    private readonly long[] _mechanisms;
    private readonly int _marketBase;
    private TimeResolution _resolution = TimeResolution.Second;

    public SimpleCommunityComponent(string name, IReadOnlyList<SimpleMarketSpec> markets)
    {
        Name = name;
        _lifecycle = new ComponentLifecycle(name);
        _markets = markets;
        _prosumers = markets.SelectMany(m => m.Prosumers).ToArray();
        _marketOfProsumer = markets.SelectMany((m, i) => m.Prosumers.Select(_ => i)).ToArray();
        _marketBase = _prosumers.Length * ProsumerAttrs.Length;
        _real = new double[_marketBase + (markets.Count * MarketAttrs.Length)];
        _mechanisms = markets.Select(m => (long)m.Mechanism).ToArray();
        var variables = new List<VariableDescription>();
        for (var p = 0; p < _prosumers.Length; p++)
        {
            _real[(p * ProsumerAttrs.Length) + SocIdx] = _prosumers[p].InitialSoc;
            for (var a = 0; a < ProsumerAttrs.Length; a++)
            {
                var causality = a is PvIdx or LoadIdx ? VariableCausality.Input : VariableCausality.Output;
                variables.Add(new VariableDescription((uint)((p * ProsumerAttrs.Length) + a), $"{_prosumers[p].Eid}.{ProsumerAttrs[a]}", VariableType.Real, causality) { StartReal = 0 });
            }
        }

        for (var m = 0; m < markets.Count; m++)
        {
            for (var a = 0; a < MarketAttrs.Length; a++)
            {
                variables.Add(new VariableDescription((uint)(_marketBase + (m * MarketAttrs.Length) + a), $"{markets[m].Eid}.{MarketAttrs[a]}", VariableType.Real, VariableCausality.Output));
            }

            variables.Add(new VariableDescription((uint)m, $"{markets[m].Eid}.{MechanismAttr}", VariableType.Integer, VariableCausality.Parameter, VariableVariability.Tunable));
        }

        Description = new ComponentDescription("SimpleCommunity", variables, new ComponentCapabilities(CanHandleVariableStep: true));
    }

    public string Name { get; }

    public ComponentDescription Description { get; }

    /// <summary>Reference of a prosumer's Real attribute.</summary>
    public static uint ProsumerRef(int prosumer, int attr) => (uint)((prosumer * ProsumerAttrs.Length) + attr);

    /// <summary>Reference of a market's Real attribute.</summary>
    public uint MarketRef(int market, int attr) => (uint)(_marketBase + (market * MarketAttrs.Length) + attr);

    public void Setup(SimulationTime startTime, SimulationTime? stopTime, TimeResolution resolution)
    {
        _lifecycle.Transition(nameof(Setup), ComponentLifecycleState.SetUp, ComponentLifecycleState.Instantiated);
        _resolution = resolution;
    }

    public void EnterInitialization() => _lifecycle.Transition(nameof(EnterInitialization), ComponentLifecycleState.Initializing, ComponentLifecycleState.SetUp);

    public void ExitInitialization() => _lifecycle.Transition(nameof(ExitInitialization), ComponentLifecycleState.Stepping, ComponentLifecycleState.Initializing);

    public ValueTask<StepResult> StepAsync(SimulationTime currentTime, SimulationDuration stepSize, CancellationToken cancellationToken)
    {
        _lifecycle.Require(nameof(StepAsync), ComponentLifecycleState.Stepping);
        cancellationToken.ThrowIfCancellationRequested();
        if (!stepSize.IsPositive)
        {
            return ValueTask.FromResult(StepResult.Failed($"step size {stepSize} must be positive"));
        }

        var hours = stepSize.ToHours(_resolution);
        for (var m = 0; m < _markets.Count; m++)
        {
            ClearMarket(m, hours);
        }

        return ValueTask.FromResult(StepResult.Accepted);
    }

    public void Terminate() => _lifecycle.Transition(nameof(Terminate), ComponentLifecycleState.Terminated, ComponentLifecycleState.Stepping, ComponentLifecycleState.Initializing);

    public void GetReal(ReadOnlySpan<uint> references, Span<double> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            values[i] = references[i] < _real.Length ? _real[references[i]] : throw Unknown(references[i], VariableType.Real);
        }
    }

    public void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        _lifecycle.Require(nameof(SetReal), ComponentLifecycleState.SetUp, ComponentLifecycleState.Initializing, ComponentLifecycleState.Stepping);
        var violations = new List<FieldViolation>();
        for (var i = 0; i < references.Length; i++)
        {
            var r = references[i];
            var attr = r < _marketBase ? (int)(r % ProsumerAttrs.Length) : -1;
            if (attr is not (PvIdx or LoadIdx))
            {
                throw new ValidationException(VariableName(r, VariableType.Real), null, "is not an input");
            }

            if (!double.IsFinite(values[i]) || values[i] < 0)
            {
                violations.Add(new FieldViolation(VariableName(r, VariableType.Real), FieldViolation.Render(values[i]), "must be a finite power ≥ 0 kW"));
            }
        }

        // All or nothing: a rejected batch leaves every input as it was.
        if (violations.Count > 0)
        {
            throw new ValidationException(violations, Name);
        }

        for (var i = 0; i < references.Length; i++)
        {
            _real[references[i]] = values[i];
        }
    }

    public void GetInteger(ReadOnlySpan<uint> references, Span<long> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            values[i] = references[i] < _mechanisms.Length ? _mechanisms[references[i]] : throw Unknown(references[i], VariableType.Integer);
        }
    }

    public void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            if (references[i] >= _mechanisms.Length)
            {
                throw Unknown(references[i], VariableType.Integer);
            }

            if (!Enum.IsDefined((SimpleClearingMechanism)values[i]))
            {
                throw new ValidationException(VariableName(references[i], VariableType.Integer), values[i], "must be 0 (midpoint) or 1 (supply-demand ratio)");
            }
        }

        for (var i = 0; i < references.Length; i++)
        {
            _mechanisms[references[i]] = values[i];
        }
    }

    public void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values) => ThrowIfAny(references, VariableType.Boolean);

    public void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values) => ThrowIfAny(references, VariableType.Boolean);

    public void GetString(ReadOnlySpan<uint> references, Span<string> values) => ThrowIfAny(references, VariableType.String);

    public void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values) => ThrowIfAny(references, VariableType.String);

    public ComponentState SaveState() => throw NoState();

    public void RestoreState(ComponentState state) => throw NoState();

    public byte[] SerializeState(ComponentState state) => throw NoState();

    public ComponentState DeserializeState(ReadOnlySpan<byte> data) => throw NoState();

    public void Dispose() => _lifecycle.Force(ComponentLifecycleState.Disposed);

    private void ClearMarket(int m, double hours)
    {
        var market = _markets[m];
        double supply = 0, demand = 0;
        var first = 0;
        for (var k = 0; k < m; k++)
        {
            first += _markets[k].Prosumers.Count;
        }

        var count = market.Prosumers.Count;
        Span<double> residual = count <= 256 ? stackalloc double[count] : new double[count];
        for (var i = 0; i < count; i++)
        {
            var p = _prosumers[first + i];
            var b = (first + i) * ProsumerAttrs.Length;
            var surplus = (_real[b + PvIdx] - _real[b + LoadIdx]) * hours;
            var limit = p.MaxPowerKW * hours;
            var stored = _real[b + SocIdx] * p.CapacityKWh;
            var battery = surplus >= 0
                ? Math.Min(Math.Min(surplus, limit), p.CapacityKWh - stored)
                : -Math.Min(Math.Min(-surplus, limit), stored);
            _real[b + SocIdx] = p.CapacityKWh > 0 ? (stored + battery) / p.CapacityKWh : 0;
            residual[i] = surplus - battery;
            supply += Math.Max(residual[i], 0);
            demand += Math.Max(-residual[i], 0);
        }

        var p2p = Math.Min(supply, demand);
        var price = Price((SimpleClearingMechanism)_mechanisms[m], market.BuyPriceUsdPerMWh, market.SellPriceUsdPerMWh, supply, demand);
        for (var i = 0; i < count; i++)
        {
            var b = (first + i) * ProsumerAttrs.Length;
            var r = residual[i];
            var sold = Math.Max(r, 0);
            var bought = Math.Max(-r, 0);
            var soldP2p = supply > 0 ? sold * p2p / supply : 0;
            var boughtP2p = demand > 0 ? bought * p2p / demand : 0;
            _real[b + CashIdx] += ((soldP2p - boughtP2p) * price / 1000) + ((sold - soldP2p) * market.SellPriceUsdPerMWh / 1000) - ((bought - boughtP2p) * market.BuyPriceUsdPerMWh / 1000);
            _real[b + SoldIdx] = sold;
            _real[b + BoughtIdx] = bought;
            _real[b + NetIdx] = -r / hours;
            _real[b + PriceIdx] = price;
        }

        _real[MarketRef(m, 0)] = price;
        _real[MarketRef(m, 1)] = p2p;
        _real[MarketRef(m, 2)] = demand - p2p;
        _real[MarketRef(m, 3)] = supply - p2p;
    }

    private static double Price(SimpleClearingMechanism mechanism, double buy, double sell, double supply, double demand)
    {
        if (mechanism == SimpleClearingMechanism.Midpoint)
        {
            return (buy + sell) / 2;
        }

        if (demand <= 0)
        {
            return sell;
        }

        var sdr = supply / demand;
        return sdr >= 1 ? sell : sell * buy / (((buy - sell) * sdr) + sell);
    }

    private string VariableName(uint reference, VariableType type) =>
        Description.Variables.FirstOrDefault(v => v.Reference == reference && v.Type == type)?.Name ?? $"{type} #{reference}";

    private NotFoundException Unknown(uint reference, VariableType type) => new("variable", $"{type} #{reference}", $"component {Name} has no such variable");

    private void ThrowIfAny(ReadOnlySpan<uint> references, VariableType type)
    {
        if (references.Length > 0)
        {
            throw Unknown(references[0], type);
        }
    }

    private NotSupportedException NoState() => new($"component {Name} cannot save state (ComponentCapabilities.CanSaveState is false)");
}
