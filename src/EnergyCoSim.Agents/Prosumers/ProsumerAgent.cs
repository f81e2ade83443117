using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Agents.Storage;
using EnergyCoSim.Core.Network;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Agents.Prosumers;

/// <summary>
/// A prosumer (MARLEM's <c>DERAgent</c>): generation and demand profiles, an optional battery, a cash account and a
/// reputation. Per interval the environment calls <see cref="AdjustAction"/>, matches orders, then
/// <see cref="CompleteInterval(int, IReadOnlyList{Trade}, MoneyUsd, string)"/>.
/// </summary>
public sealed class ProsumerAgent
{
    /// <summary>Stream purpose for episode profiles.</summary>
    public const string ProfilesPurpose = "profiles";

    /// <summary>Stream purpose for the agent's own decisions (initial SoC and position, partner choice).</summary>
    public const string AgentPurpose = "agent";

    private EnergyProfile _generation = new([]);
    private EnergyProfile _demand = new([]);
    private RandomStream _random = new(0);
    private EnergyTracking _tracking;
    private CashAccount _cash;
    private EnergyKWh _curtailed;
    private EnergyKWh _unservedDemand;
    private EnergyKWh _undeliveredSales;

    /// <summary>Creates the agent; call a <c>Reset</c> overload before the first interval.</summary>
    /// <param name="spec">Validated definition.</param>
    /// <param name="marketInterval">Length of one market interval (battery power limit and self-discharge use it).</param>
    public ProsumerAgent(ProsumerAgentSpec spec, TimeSpan marketInterval)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Spec = spec;
        Battery = spec.Battery is null ? null : new Battery(spec.Battery, marketInterval);
    }

    /// <summary>The definition.</summary>
    public ProsumerAgentSpec Spec { get; }

    /// <summary>Agent id.</summary>
    public string Id => Spec.Id;

    /// <summary>Grid node, or null.</summary>
    public string? NodeId => Spec.NodeId;

    /// <summary>The battery, or null.</summary>
    public Battery? Battery { get; }

    /// <summary>This episode's generation, kWh per interval.</summary>
    public EnergyProfile Generation => _generation;

    /// <summary>This episode's demand, kWh per interval.</summary>
    public EnergyProfile Demand => _demand;

    /// <summary>Current reputation, in [0, 1].</summary>
    public double Reputation { get; private set; }

    /// <summary>Net market position of the last interval: sold − bought, kWh (drawn in ±capacity·1 h at reset, as MARLEM).</summary>
    public EnergyKWh NetPosition { get; private set; }

    /// <summary>Spec §1.3 satisfaction counters.</summary>
    public EnergyTracking Tracking => _tracking;

    /// <summary>Cash account since reset.</summary>
    public CashAccount Cash => _cash;

    /// <summary>Profit since reset, USD.</summary>
    public MoneyUsd Profit => _cash.Profit;

    /// <summary>Surplus neither sold nor stored since reset, kWh.</summary>
    public EnergyKWh Curtailed => _curtailed;

    /// <summary>Own demand not served since reset, kWh.</summary>
    public EnergyKWh UnservedDemand => _unservedDemand;

    /// <summary>Energy sold but not deliverable since reset, kWh.</summary>
    public EnergyKWh UndeliveredSales => _undeliveredSales;

    /// <summary>Total demand of the episode, kWh.</summary>
    public EnergyKWh TotalDemandRequired => _demand.Total;

    /// <summary>Total generation of the episode, kWh.</summary>
    public EnergyKWh TotalSupplyRequired => _generation.Total;

    /// <summary>
    /// Starts an episode from the recipes: profiles from <c>streams.For("profiles", id, episode)</c> (generation then
    /// demand), battery SoC, initial position and partner choices from <c>streams.For("agent", id, episode)</c>.
    /// Each agent draws from its own streams, so agents differ and runs repeat bit for bit.
    /// </summary>
    public void Reset(RandomStreams streams, long episode, int steps, double initialReputation)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var profiles = streams.For(ProfilesPurpose, Id, episode);
        var generation = Spec.Generation.Build(steps, Spec.Capacity.Value, profiles, $"{Id}.generation");
        var demand = Spec.Demand.Build(steps, Spec.Capacity.Value, profiles, $"{Id}.demand");
        Reset(generation, demand, initialReputation, streams.For(AgentPurpose, Id, episode));
    }

    /// <summary>Starts an episode with explicit profiles, reputation and decision stream.</summary>
    public void Reset(EnergyProfile generation, EnergyProfile demand, double initialReputation, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(random);
        if (generation.Length != demand.Length)
        {
            throw new ArgumentException($"agent '{Id}': generation has {generation.Length} intervals, demand {demand.Length}", nameof(demand));
        }

        SetReputation(initialReputation);
        (_generation, _demand, _random) = (generation, demand, random);
        Battery?.Reset(random);
        NetPosition = new EnergyKWh(random.Uniform(-Spec.Capacity.Value, Spec.Capacity.Value));
        _tracking = default;
        _cash = default;
        (_curtailed, _unservedDemand, _undeliveredSales) = (EnergyKWh.Zero, EnergyKWh.Zero, EnergyKWh.Zero);
    }

    /// <summary>
    /// Replaces this episode's generation and/or demand of one interval (kWh), e.g. with measurements fed by a
    /// co-simulation master; null keeps the profile value. Snapshots keep the replaced profiles.
    /// </summary>
    public void OverrideInterval(int step, EnergyKWh? generation, EnergyKWh? demand)
    {
        if (generation is { } g)
        {
            _generation = Replace(_generation, step, g, "generation");
        }

        if (demand is { } d)
        {
            _demand = Replace(_demand, step, d, "demand");
        }
    }

    /// <summary>Sets the reputation (the market's reputation handler computes it).</summary>
    public void SetReputation(double reputation)
    {
        if (!(reputation >= 0 && reputation <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(reputation), reputation, $"agent '{Id}': reputation must be in [0, 1]");
        }

        Reputation = reputation;
    }

    /// <summary>Energy still to be generated from <paramref name="step"/> on, kWh.</summary>
    public EnergyKWh RemainingSupply(int step) => _generation.RemainingFrom(step);

    /// <summary>Demand still to come from <paramref name="step"/> on, kWh.</summary>
    public EnergyKWh RemainingDemand(int step) => _demand.RemainingFrom(step);

    /// <summary>
    /// Nets the action against generation, demand and the battery (spec §1.3), with the side decided once
    /// (<c>is_buy &gt; 0.5</c>) and that side's branch used; battery availability is what the bus can exchange
    /// this interval. Price and quantity are then clamped to <paramref name="bounds"/>. The battery is not changed.
    /// </summary>
    public OrderIntent AdjustAction(int step, AgentAction action, ActionBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(bounds);
        var g = _generation[step].Value;
        var d = _demand[step].Value;
        var canCharge = Battery?.AvailableCharge.Value ?? 0.0;
        var canDischarge = Battery?.AvailableDischarge.Value ?? 0.0;
        double x;
        if (action.Buys)
        {
            x = action.Quantity - g;
            if (x < 0)
            {
                x += Math.Min(-x, canCharge);
            }

            if (x > 0)
            {
                x -= Math.Min(x, canDischarge);
            }
        }
        else
        {
            x = action.Quantity - d;
            if (x > 0)
            {
                x -= Math.Min(x, canCharge);
            }

            if (x < 0)
            {
                x += Math.Min(-x, canDischarge);
            }
        }

        var quantity = Math.Clamp(Math.Max(0, x), bounds.MinQuantity.Value, bounds.MaxQuantity.Value);
        var price = Math.Clamp(action.Price, bounds.MinPrice.Value, bounds.MaxPrice.Value);
        return new OrderIntent(new PriceUsdPerMWh(price), new EnergyKWh(quantity), action.Buys ? OrderSide.Buy : OrderSide.Sell, action.PartnerIndex);
    }

    /// <summary>
    /// The order for <paramref name="intent"/>: id <c>{agent}_{step}_{timestamp}</c>, the agent's node and the chosen
    /// partner (an agent id, the DSO id or null).
    /// </summary>
    public Order CreateOrder(int step, OrderIntent intent, double timestamp, string? partnerId)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id}_{step}_{timestamp:R}");
        return new Order(id, Id, intent.Price, intent.Quantity, intent.Side, timestamp, NodeId, partnerId);
    }

    /// <summary>
    /// Applies one interval's trades: energy received (quantity − transmission loss) and delivered drive the battery
    /// and the balance; trade values and the agent's settled fee share enter the cash account.
    /// </summary>
    public IntervalEnergyBalance CompleteInterval(int step, IReadOnlyList<Trade> trades, MoneyUsd feesPaid = default, string dsoId = MarketParticipants.DsoId)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var bought = EnergyKWh.Zero;
        var sold = EnergyKWh.Zero;
        foreach (var t in trades)
        {
            if (t.BuyerId == Id)
            {
                bought += t.Quantity - t.TransmissionLoss;
            }

            if (t.SellerId == Id)
            {
                sold += t.Quantity;
            }
        }

        Settle(AgentSettlement.FromTrades(Id, trades, feesPaid, dsoId));
        return ApplyEnergy(step, bought, sold);
    }

    /// <summary>Adds a settlement (computed by the market) to the cash account.</summary>
    public void Settle(AgentSettlement settlement) => _cash = _cash.Add(settlement);

    /// <summary>
    /// The physical step at the meter: net = G − D + bought − sold; a surplus charges the battery (rest curtailed),
    /// a deficit discharges it (rest is shortfall). Then self-discharge and ageing for the interval. Updates the
    /// §1.3 counters and the net position.
    /// </summary>
    public IntervalEnergyBalance ApplyEnergy(int step, EnergyKWh bought, EnergyKWh sold)
    {
        if (!double.IsFinite(bought.Value) || bought.Value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bought), bought, $"agent '{Id}': energy bought must be finite and ≥ 0 kWh");
        }

        if (!double.IsFinite(sold.Value) || sold.Value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sold), sold, $"agent '{Id}': energy sold must be finite and ≥ 0 kWh");
        }

        var g = _generation[step];
        var d = _demand[step];
        var net = g - d + bought - sold;
        var transfer = StorageTransfer.None;
        EnergyKWh curtailment = EnergyKWh.Zero, shortfall = EnergyKWh.Zero, charge = EnergyKWh.Zero, discharge = EnergyKWh.Zero;
        if (net.Value > 0)
        {
            transfer = Battery?.Charge(net) ?? StorageTransfer.None;
            charge = transfer.AtBus;
            curtailment = net - charge;
        }
        else if (net.Value < 0)
        {
            transfer = Battery?.Discharge(-net) ?? StorageTransfer.None;
            discharge = transfer.AtBus;
            shortfall = -net - discharge;
        }
        else
        {
            Battery?.Idle();
        }

        var selfDischarge = Battery?.CompleteInterval() ?? EnergyKWh.Zero;
        var unserved = EnergyKWh.Min(shortfall, d);
        var undelivered = shortfall - unserved;
        _tracking = _tracking.Add(g, d, bought, sold);
        _curtailed += curtailment;
        _unservedDemand += unserved;
        _undeliveredSales += undelivered;
        NetPosition = sold - bought;
        return new IntervalEnergyBalance(step, g, d, bought, sold, charge, discharge, curtailment, unserved, undelivered, selfDischarge);
    }

    /// <summary>
    /// Picks a preferred partner (spec §1.3): candidates other than this agent and the DSO, sorted by reputation
    /// (descending) then network distance (ascending, from the topology's cached distances; 0 without nodes), then a
    /// uniform draw from the agent's stream among the first ⌊n/2⌋ + 1 (or the first when not randomised).
    /// </summary>
    public string SelectPreferredPartner(IEnumerable<PartnerCandidate> candidates, INetworkTopology? topology, bool randomize = true)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ranked = candidates
            .Where(c => c.AgentId != Id && c.AgentId != MarketParticipants.DsoId)
            .Select(c => (c.AgentId, c.Reputation, Distance: DistanceTo(c, topology)))
            .OrderByDescending(c => c.Reputation)
            .ThenBy(c => c.Distance)
            .ThenBy(c => c.AgentId, StringComparer.Ordinal)
            .ToArray();
        if (ranked.Length == 0)
        {
            throw new InvalidOperationException($"agent '{Id}' has no other agent to choose as partner");
        }

        var pool = Math.Max(1, (ranked.Length / 2) + 1);
        return ranked[randomize ? _random.NextInt(pool) : 0].AgentId;
    }

    /// <summary>The complete mutable state.</summary>
    public ProsumerAgentSnapshot Snapshot() => new(
        _generation, _demand, Reputation, NetPosition, _tracking, _cash, _curtailed, _unservedDemand, _undeliveredSales, _random.State, Battery?.Snapshot());

    /// <summary>Restores a state taken with <see cref="Snapshot"/>.</summary>
    public void Restore(ProsumerAgentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        (_generation, _demand, Reputation, NetPosition, _tracking, _cash) =
            (snapshot.Generation, snapshot.Demand, snapshot.Reputation, snapshot.NetPosition, snapshot.Tracking, snapshot.Cash);
        (_curtailed, _unservedDemand, _undeliveredSales) = (snapshot.Curtailed, snapshot.UnservedDemand, snapshot.UndeliveredSales);
        _random = new RandomStream(snapshot.RandomState);
        if (Battery is not null && snapshot.Battery is not null)
        {
            Battery.Restore(snapshot.Battery);
        }
    }

    private EnergyProfile Replace(EnergyProfile profile, int step, EnergyKWh value, string what)
    {
        if (step < 0 || step >= profile.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"agent '{Id}': interval is outside [0, {profile.Length - 1}]");
        }

        if (!double.IsFinite(value.Value) || value.Value < 0)
        {
            throw new Core.Errors.ValidationException($"{Id}.{what}_kwh", value.Value, "must be a finite number ≥ 0");
        }

        if (profile[step] == value)
        {
            return profile;
        }

        var values = profile.Values.ToArray();
        values[step] = value.Value;
        return new EnergyProfile(values, $"{Id}.{what}");
    }

    private double DistanceTo(PartnerCandidate candidate, INetworkTopology? topology) =>
        topology is null || NodeId is null || candidate.NodeId is null || NodeId == candidate.NodeId
            ? 0.0
            : topology.DistanceKm(NodeId, candidate.NodeId);
}
